import { getRuntime, useNavigate, useTranslationOf, useTranslationsOf, useUser } from '@kente/sdk';
import { Box, Card, CardContent, KenteIcon, Link, Stack, Typography } from '@kente/sdk/ui';
import { useSectionLabel } from '../layout/Menu.js';
import { visibleMenu } from '../layout/menuModel.js';

export function HomePage() {
  const user = useUser();
  const navigate = useNavigate();
  const runtime = getRuntime();
  const groups = visibleMenu(runtime.composition.menu, user, runtime.composition.menuSections);
  const { t } = useTranslationOf(['shell']);
  const label = useTranslationsOf(runtime.composition.menu.map((e) => e.module));
  const sectionLabel = useSectionLabel();
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('home.title', { name: user?.names ?? '' })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {groups.length ? t('home.intro') : t('home.empty')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2 }}>
        {groups.map((group) => (
          <Card key={group.section.id} variant="outlined">
            <CardContent>
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
                {sectionLabel(group.section)}
              </Typography>
              <Stack spacing={0.5}>
                {group.entries.map((entry) => (
                  <Link
                    key={`${entry.module}/${entry.id}`}
                    href={entry.route}
                    underline="hover"
                    sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(entry.route);
                    }}
                  >
                    <KenteIcon name={entry.icon} /> {label(entry.module, entry.label)}
                  </Link>
                ))}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
}

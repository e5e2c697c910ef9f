import { getRuntime, useNavigate, useTranslationOf, useUser } from '@kente/sdk';
import { Button, KenteIcon, Menu, MenuItem } from '@kente/sdk/ui';
import { useState } from 'react';

export function ProfileMenu() {
  const { t } = useTranslationOf(['shell']);
  const user = useUser();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!user) return null;
  return (
    <>
      <Button
        color="inherit"
        startIcon={<KenteIcon name="person" />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-label={t('profile.label', { name: user.names })}
      >
        {user.names}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            navigate('/about');
          }}
        >
          {t('profile.about')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            navigate('/profile/password');
          }}
        >
          {t('profile.password')}
        </MenuItem>
        <MenuItem onClick={() => void getRuntime().signOut()}>{t('profile.signOut')}</MenuItem>
      </Menu>
    </>
  );
}

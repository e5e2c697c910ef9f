import { useModuleTranslation, useNavigate } from '@kente/sdk';
import { applyUserErrors, contractResolver, FormLocation, FormProblems, FormProvider, FormTextField, type UserError, useForm } from '@kente/sdk/forms';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { type DuplicateFormValues, duplicateInput, productFormField, validateDuplicateForm } from './productForm.js';
import { DUPLICATE_PRODUCT } from './productQueries.js';

/** Duplicate a product with its covered lines (right 121005): a new code and name, and a location (none: the original's). */
export function DuplicateProductDialog({ product, onClose }: { product: { id: string; code: string; name: string }; onClose: () => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<DuplicateFormValues>({
    defaultValues: { code: '', name: product.name, location: {} },
    resolver: contractResolver(validateDuplicateForm),
    mode: 'onTouched',
  });
  const [saving, duplicate] = useMutation(DUPLICATE_PRODUCT);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await duplicate({ input: duplicateInput(product.id, values) });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.duplicateProduct;
    if (payload?.errors.length || !payload?.product) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, ['code', 'name', 'location'], productFormField));
      return;
    }
    onClose();
    navigate(`/admin/products/${payload.product.id}`);
  });
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="duplicate-product-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="duplicate-product-title">{t('product.duplicate.title', { code: product.code })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('product.duplicate.intro')}</DialogContentText>
          <FormProblems errors={problems} requestError={requestError} />
          <FormProvider {...form}>
            <FormTextField name="code" label={t('product.duplicate.code')} required autoFocus />
            <FormTextField name="name" label={t('product.duplicate.name')} required />
            <FormLocation name="location" label={t('product.duplicate.location')} depth="D" />
          </FormProvider>
        </DialogContent>
        <DialogActions>
          <Button type="button" onClick={onClose}>
            {t('product.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('product.duplicate.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

import type { ProductTabsProps } from '@kente/contract-policy/slots';
import { Slot, slotEntries, useModuleTranslation, useNavigate, useRights, useTranslationsOf, useUser } from '@kente/sdk';
import {
  applyUserErrors,
  contractResolver,
  FormProblems,
  FormProvider,
  type UseFormReturn,
  type UserError,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
} from '@kente/sdk/forms';
import { Alert, Box, Button, locationPathLabel, rememberLocationChain, Stack, Tab, Tabs } from '@kente/sdk/ui';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ProductTabFields } from './ProductFormFields.js';
import { ProductLines } from './ProductLines.js';
import {
  createProductInput,
  firstErrorTab,
  PRODUCT_FIELDS_ORDER,
  PRODUCT_FORM_FIELDS,
  PRODUCT_FORM_TABS,
  type ProductFormTab,
  type ProductFormValues,
  productFormField,
  productInput,
  productToForm,
  tabOfField,
  validateProductForm,
} from './productForm.js';
import { CREATE_PRODUCT, PRODUCT_BY_ID, type ProductDetails, UPDATE_PRODUCT } from './productQueries.js';

const SLOT = 'policy.product.tabs';
const domId = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * The tabs of the product form: its own (main, contribution, deductibles and ceilings: one
 * form, kept while another tab is shown), the covered services and items (their own lists and
 * dialogs, outside the form), then other modules' tabs (slot policy.product.tabs, titled by
 * their contribution's meta.label). A failed save opens the tab holding the first error.
 */
function ProductTabs(props: {
  form: UseFormReturn<ProductFormValues>;
  productId: string | null;
  version: number;
  onVersion: (version: number) => void;
  disabled: boolean;
  /** Above the tabs: errors without a field, the saved notice. */
  notices: ReactNode;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** Save, Discard... under the form's own tabs. */
  actions: ReactNode;
}) {
  const { t } = useModuleTranslation();
  const user = useUser();
  const { form } = props;
  const [tab, setTab] = useState<string>('main');
  const slotTabs = useMemo(() => slotEntries(SLOT, user).filter((entry) => !entry.hidden), [user]);
  const translate = useTranslationsOf(slotTabs.map((entry) => entry.contribution.module));
  const slotFilter = useCallback((contribution: { globalId: string }) => `slot:${contribution.globalId}` === tab, [tab]);

  // After a save that failed (the browser's rules or the server's), open the tab holding the first error and focus its field.
  const errorFields = Object.keys(form.formState.errors);
  const errorKey = errorFields.sort().join(',');
  const { submitCount, isSubmitting } = form.formState;
  const handledSubmit = useRef(0);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (isSubmitting || submitCount === handledSubmit.current) return;
    handledSubmit.current = submitCount;
    const fields = errorKey ? errorKey.split(',') : [];
    if (fields.length === 0 || fields.some((field) => tabOfField(field) === tab)) return;
    const target = firstErrorTab(fields);
    if (!target) return;
    setTab(target);
    setFocus(PRODUCT_FIELDS_ORDER.find((field) => fields.includes(field) && tabOfField(field) === target) ?? null);
  }, [submitCount, isSubmitting, errorKey, tab]);
  useEffect(() => {
    if (!focus) return;
    const timer = window.setTimeout(() => {
      form.setFocus(focus as keyof ProductFormValues);
      setFocus(null);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [focus, form]);

  const tabs: Array<{ key: string; label: string; error?: boolean }> = [
    ...PRODUCT_FORM_TABS.map((key) => ({ key, label: t(`product.tabs.${key}`), error: errorFields.some((field) => tabOfField(field) === key) })),
    { key: 'services', label: t('product.tabs.services') },
    { key: 'items', label: t('product.tabs.items') },
    ...slotTabs.map(({ contribution }) => ({
      key: `slot:${contribution.globalId}`,
      label: translate(contribution.module, contribution.meta?.label) || contribution.globalId,
    })),
  ];
  const formTab = (PRODUCT_FORM_TABS as readonly string[]).includes(tab);
  const slotProps: ProductTabsProps = { productId: props.productId };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {props.notices}
      <Tabs
        value={tab}
        onChange={(_event: React.SyntheticEvent, value: string) => setTab(value)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label={t('product.tabs.label')}
      >
        {tabs.map((item) => (
          <Tab
            key={item.key}
            value={item.key}
            label={item.label}
            id={`product-tab-${domId(item.key)}`}
            aria-controls={`product-panel-${domId(item.key)}`}
            sx={item.error ? { color: 'error.main' } : undefined}
          />
        ))}
      </Tabs>
      <Box component="form" noValidate onSubmit={props.onSubmit} hidden={!formTab} aria-label={t('product.form')}>
        <FormProvider {...form}>
          {PRODUCT_FORM_TABS.map((key) => (
            <Box key={key} role="tabpanel" id={`product-panel-${key}`} aria-labelledby={`product-tab-${key}`} hidden={tab !== key} sx={{ pt: 1 }}>
              <ProductTabFields tab={key as ProductFormTab} disabled={props.disabled} productId={props.productId} />
            </Box>
          ))}
        </FormProvider>
        <Box sx={{ mt: 2 }}>{props.actions}</Box>
      </Box>
      {(tab === 'services' || tab === 'items') && (
        <Box role="tabpanel" id={`product-panel-${tab}`} aria-labelledby={`product-tab-${tab}`}>
          {props.productId ? (
            <ProductLines key={tab} kind={tab} productId={props.productId} version={props.version} onVersion={props.onVersion} disabled={props.disabled} />
          ) : (
            <Alert severity="info">{t('product.lines.saveFirst')}</Alert>
          )}
        </Box>
      )}
      {tab.startsWith('slot:') && (
        <Box role="tabpanel" id={`product-panel-${domId(tab)}`} aria-labelledby={`product-tab-${domId(tab)}`}>
          <Slot name={SLOT} props={slotProps} filter={slotFilter} />
        </Box>
      )}
    </Box>
  );
}

/** A stored product: the versioned editor (conflicts, server errors on fields, unsaved-changes guard). */
export function ExistingProductEditor({
  product,
  onSaved,
  onVersion,
}: {
  product: ProductDetails;
  onSaved: (saved: ProductDetails) => void;
  /** The product's version went up through its covered lines. */
  onVersion: (version: number) => void;
}) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const canEdit = has(121003);
  rememberLocationChain(product.location);
  const editor = useVersionedEditor<ProductDetails, ProductFormValues>({
    entity: product,
    toForm: productToForm,
    validate: validateProductForm,
    mutation: UPDATE_PRODUCT,
    field: 'updateProduct',
    entityField: 'product',
    input: productInput,
    reload: async (client) => {
      const theirs = (await client.query(PRODUCT_BY_ID, { id: product.id }, { requestPolicy: 'network-only' }).toPromise()).data?.product as
        | ProductDetails
        | undefined;
      rememberLocationChain(theirs?.location);
      return theirs;
    },
    formFields: PRODUCT_FORM_FIELDS,
    fieldOf: productFormField,
    conflict: PRODUCT_FIELDS_ORDER.map((key) => ({
      key,
      label: t(`product.fields.${key === 'location' ? 'locationId' : key === 'conversionProduct' ? 'conversionProductId' : key}`),
      show: (values: ProductFormValues) =>
        key === 'location'
          ? locationPathLabel(values.location)
          : key === 'conversionProduct'
            ? values.conversionProduct
              ? `${values.conversionProduct.code} ${values.conversionProduct.name}`
              : ''
            : String(values[key as keyof ProductFormValues] ?? ''),
      date: key === 'dateFrom' || key === 'dateTo',
    })),
    onSaved,
    onReloaded: (theirs) => {
      editor.release();
      onSaved(theirs);
    },
  });
  const { form, setVersion } = editor;
  const changeVersion = useCallback(
    (version: number) => {
      setVersion(version);
      onVersion(version);
    },
    [setVersion, onVersion],
  );
  return (
    <>
      <ProductTabs
        form={form}
        productId={product.id}
        version={editor.version}
        onVersion={changeVersion}
        disabled={!canEdit}
        onSubmit={editor.onSubmit}
        notices={
          <>
            {!canEdit && <Alert severity="info">{t('product.readOnly')}</Alert>}
            {editor.problems}
            {editor.saved && !form.formState.isDirty && (
              <Alert severity="success" role="status" onClose={editor.clearSaved}>
                {t('product.saved')}
              </Alert>
            )}
          </>
        }
        actions={
          canEdit && (
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained" disabled={form.formState.isSubmitting || !form.formState.isDirty}>
                {t('product.save')}
              </Button>
              <Button type="button" disabled={!form.formState.isDirty} onClick={editor.discard}>
                {t('product.discard')}
              </Button>
            </Stack>
          )
        }
      />
      {editor.conflictDialog}
    </>
  );
}

/** A new product: created, then opened on its own page (where its covered lines are added). */
export function NewProductEditor() {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<ProductFormValues>({ defaultValues: productToForm(null), resolver: contractResolver(validateProductForm), mode: 'onTouched' });
  const [saving, create] = useMutation(CREATE_PRODUCT);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('product.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: createProductInput(values) as Parameters<typeof create>[0]['input'] });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.createProduct;
    if (payload?.errors.length || !payload?.product) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, PRODUCT_FORM_FIELDS, productFormField));
      return;
    }
    release();
    navigate(`/admin/products/${payload.product.id}`);
  });
  return (
    <ProductTabs
      form={form}
      productId={null}
      version={0}
      onVersion={() => undefined}
      disabled={false}
      onSubmit={submit}
      notices={<FormProblems errors={problems} requestError={requestError} />}
      actions={
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('product.save')}
          </Button>
          <Button type="button" onClick={() => navigate('/admin/products')}>
            {t('product.cancel')}
          </Button>
        </Stack>
      }
    />
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-main/core/api/contract';
import { call } from '../../api/client';

// The registers the case forms pick from (specialists, providers, the catalogue of services),
// read once per form: short lists in a district, and a form must show what is current.

type Specialist = Output<'specialists.list'>[number];
type Provider = Output<'providers.list'>[number];
export type CatalogueItem = Output<'references.catalogue'>[number];

export const specialistName = (s: Pick<Specialist, 'lastName' | 'firstName' | 'patronymic'>) =>
  [s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ');

export function catalogueName(item: CatalogueItem, locale: string): string {
  if (locale === 'kk') return item.nameKk;
  if (locale === 'en') return item.nameEn ?? item.nameRu;
  return item.nameRu;
}

export function useCaseReferences() {
  const { t, i18n } = useTranslation();
  const [specialists, setSpecialists] = useState<Specialist[]>([]);
  const [providers, setProviders] = useState<Provider[]>([]);
  const [catalogue, setCatalogue] = useState<CatalogueItem[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([
      call('specialists.list', { activeOnly: true }),
      call('providers.list', { activeOnly: true }),
      call('references.catalogue', {}),
    ]).then(
      ([s, p, c]) => {
        if (!live) return;
        setSpecialists(s);
        setProviders(p);
        setCatalogue(c);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return {
    specialists,
    providers,
    catalogue,
    specialistOptions: specialists.map((s) => ({
      value: s.id,
      label: `${specialistName(s)} — ${t(`enums.specialistPosition.${s.position}`)}`,
    })),
    providerOptions: providers.map((p) => ({
      value: p.id,
      label: i18n.language === 'kk' ? p.nameKk : p.nameRu,
    })),
    /** Active services given in `form` (and of the `types` when given), as Select options. */
    serviceOptions: (form: string | null, types?: readonly string[]) =>
      catalogue
        .filter((c) => c.active && (!form || c.forms.includes(form)) && (!types || types.includes(c.ssuType)))
        .map((c) => ({
          value: c.code,
          label: `${catalogueName(c, i18n.language)} (${t(`enums.serviceUnit.${c.unit}`)})`,
        })),
    serviceLabel: (code: string) => {
      const c = catalogue.find((x) => x.code === code);
      return c ? catalogueName(c, i18n.language) : code;
    },
    unitOf: (code: string) => catalogue.find((x) => x.code === code)?.unit ?? null,
  };
}

export type CaseReferences = ReturnType<typeof useCaseReferences>;

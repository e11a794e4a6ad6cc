import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../src-main/core/api/contract';
import { call } from '../api/client';

// Forms of provision come from a reference table an administrator extends, so option lists and
// labels are read from the server (once, shared by every form on screen) instead of the fixed
// enum labels. A save in Settings calls refreshSsuForms() so open forms pick the change up.

type SsuForm = Output<'references.ssuForms'>[number];

let cache: Promise<SsuForm[]> | null = null;
const listeners = new Set<(forms: SsuForm[]) => void>();

function load(): Promise<SsuForm[]> {
  cache ??= call('references.ssuForms', {}).catch((err) => {
    cache = null;
    throw err;
  });
  return cache;
}

export function refreshSsuForms(): void {
  cache = null;
  void load().then((forms) => {
    for (const l of listeners) l(forms);
  });
}

export function formName(form: SsuForm, locale: string): string {
  if (locale === 'kk') return form.nameKk;
  if (locale === 'en') return form.nameEn ?? form.nameRu;
  return form.nameRu;
}

/** The forms, options for a Select (active ones, plus `keep` if it names an inactive one) and a label. */
export function useSsuForms() {
  const { i18n } = useTranslation();
  const [forms, setForms] = useState<SsuForm[]>([]);
  useEffect(() => {
    let live = true;
    const listener = (f: SsuForm[]) => live && setForms(f);
    listeners.add(listener);
    load().then(listener, () => {});
    return () => {
      live = false;
      listeners.delete(listener);
    };
  }, []);
  return {
    forms,
    options: (keep?: string | null) =>
      forms
        .filter((f) => f.active || f.code === keep)
        .map((f) => ({ value: f.code, label: formName(f, i18n.language) })),
    label: (code: string) => {
      const f = forms.find((x) => x.code === code);
      return f ? formName(f, i18n.language) : code;
    },
  };
}

// Translation keys are typed from the English resources: a key missing there is a compile error.
import 'i18next';
import type common from './en/common.json';
import type articleMeta from './en/articleMeta.json';
import type library from './en/library.json';
import type preferences from './en/preferences.json';
import type reader from './en/reader.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      library: typeof library;
      reader: typeof reader;
      preferences: typeof preferences;
      articleMeta: typeof articleMeta;
    };
  }
}

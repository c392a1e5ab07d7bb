// Translation keys are typed from the English resources: a key missing there is a compile error.
import 'i18next';
import type common from './en/common.json';
import type corrections from './en/corrections.json';
import type importNs from './en/import.json';
import type archive from './en/archive.json';
import type articleErrors from './en/articleErrors.json';
import type articleMeta from './en/articleMeta.json';
import type articleProblems from './en/articleProblems.json';
import type library from './en/library.json';
import type offline from './en/offline.json';
import type preferences from './en/preferences.json';
import type reader from './en/reader.json';
import type settings from './en/settings.json';
import type speakers from './en/speakers.json';
import type quotes from './en/quotes.json';
import type shortcuts from './en/shortcuts.json';
import type timeline from './en/timeline.json';
import type translation from './en/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      corrections: typeof corrections;
      import: typeof importNs;
      library: typeof library;
      offline: typeof offline;
      reader: typeof reader;
      speakers: typeof speakers;
      quotes: typeof quotes;
      shortcuts: typeof shortcuts;
      timeline: typeof timeline;
      translation: typeof translation;
      preferences: typeof preferences;
      articleMeta: typeof articleMeta;
      archive: typeof archive;
      articleErrors: typeof articleErrors;
      articleProblems: typeof articleProblems;
      settings: typeof settings;
    };
  }
}

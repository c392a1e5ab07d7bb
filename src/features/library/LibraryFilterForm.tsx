import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  findFacetValue,
  isFiltered,
  libraryFiltersQuery,
  type LibraryFilters,
} from '../../core/archive/library-filters';
import type { LibrarySpeaker } from '../../core/archive/library-entry';
import { speakerName } from '../../core/speakers/names';
import { importedListOptions, type ImportedEntry } from './imported-query';
import { facetOptions, useFacet } from './library-query';

/** The speakers to choose from: the site's (most articles first), then those only imports quote. */
function speakerChoices(
  shipped: readonly LibrarySpeaker[],
  imported: readonly ImportedEntry[],
): LibrarySpeaker[] {
  const keys = new Set(shipped.map((speaker) => speaker.key));
  const choices = [...shipped];
  for (const { entry } of imported)
    for (const speaker of entry.speakers)
      if (!keys.has(speaker.key)) {
        keys.add(speaker.key);
        choices.push(speaker);
      }
  return choices;
}

/**
 * The library's filters: a speaker (typed, with the library's speakers offered as suggestions once the field is
 * used), a source, and a range of publication dates. Applying them navigates to the filtered URL, which is where
 * the filters live; the form starts from the URL on every change of it (the page keys it by the query string).
 */
export function LibraryFilterForm({
  filters,
  name,
  localizedName,
}: {
  filters: LibraryFilters;
  name: string | undefined;
  /** The speaker's name per interface language, where their listing gives it. */
  localizedName?: Record<string, string> | undefined;
}) {
  const { t, i18n } = useTranslation('library');
  const locale = i18n.resolvedLanguage ?? 'en';
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = useId();
  const [speaker, setSpeaker] = useState(
    filters.speaker
      ? name === undefined
        ? filters.speaker
        : speakerName({ name, localizedName }, locale)
      : '',
  );
  const [source, setSource] = useState(filters.source ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [speakerUsed, setSpeakerUsed] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const speakers = useFacet('speakers', speakerUsed);
  const imported = useQuery(importedListOptions());
  const sources = useFacet('sources');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const next: LibraryFilters = { page: 0 };
    if (speaker.trim() !== '') {
      const choices = speakerChoices(
        await client.query(facetOptions('speakers')),
        await client.query(importedListOptions()),
      );
      const found = findFacetValue(choices, speaker);
      if (!found) return setProblem(t('filters.noSuchSpeaker', { name: speaker.trim() }));
      next.speaker = found.key;
    }
    if (source !== '') next.source = source;
    if (from !== '') next.from = from;
    if (to !== '') next.to = to;
    if (next.from && next.to && next.from > next.to) return setProblem(t('filters.datesReversed'));
    setProblem(undefined);
    const query = libraryFiltersQuery(next);
    void navigate(query === '' ? '/' : `/?${query}`);
  };

  return (
    <form
      className="library__filters"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`} className="library__filters-title">
        {t('filters.title')}
      </h2>
      <div className="library__filter">
        <label htmlFor={`${id}-speaker`}>{t('filters.speaker')}</label>
        <input
          id={`${id}-speaker`}
          type="text"
          list={`${id}-speakers`}
          autoComplete="off"
          value={speaker}
          aria-invalid={problem !== undefined && speaker !== '' ? true : undefined}
          onFocus={() => setSpeakerUsed(true)}
          onChange={(event) => setSpeaker(event.target.value)}
        />
        <datalist id={`${id}-speakers`}>
          {speakerChoices(speakers.data ?? [], imported.data ?? []).map((value) => (
            <option key={value.key} value={speakerName(value, locale)} />
          ))}
        </datalist>
      </div>
      <div className="library__filter">
        <label htmlFor={`${id}-source`}>{t('filters.source')}</label>
        <select id={`${id}-source`} value={source} onChange={(event) => setSource(event.target.value)}>
          <option value="">{t('filters.anySource')}</option>
          {(sources.data ?? []).map((value) => (
            <option key={value.key} value={value.key}>
              {value.name}
            </option>
          ))}
        </select>
      </div>
      <div className="library__filter">
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </div>
      <div className="library__filter">
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <div className="library__filter-actions">
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
        {isFiltered(filters) ? <Link to="/">{t('filters.clear')}</Link> : null}
      </div>
      {problem ? (
        <p className="library__filter-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

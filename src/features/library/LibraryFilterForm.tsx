import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Link } from '../../ui/Link';
import { isFiltered, libraryPath, type LibraryFilters } from '../../core/archive/library-filters';
import { speakersNamed } from '../../core/archive/speakers-named';
import type { LibrarySpeaker } from '../../core/archive/library-entry';
import { speakerName } from '../../core/speakers/names';
import { importedListOptions, type ImportedEntry } from './imported-query';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useHydrating } from '../../ui/use-hydrating';
import { facetOptions, useFacet } from './library-query';

/** The most speakers offered when the typed text names several: more than a person reads, a part of a name. */
const MAX_SPEAKER_CHOICES = 12;

/** The speakers typed text names when it names several, and the other filters to apply with the one chosen. */
interface SpeakerChoices {
  text: string;
  speakers: LibrarySpeaker[];
  filters: LibraryFilters;
}

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
 * The speaker may be typed in part ("hegner", "OConnor": `speakersNamed`); when that names several, they are
 * offered as links right after the field, each to the filtered list of one.
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
  const query = useQuery(importedListOptions());
  // The page was prerendered without this browser's imports: the render that hydrates it offers none of their
  // speakers, as the server did, and the next offers them (`useHydrating`)
  const imported = useHydrating() ? { data: undefined } : query;
  // The chosen speaker as their listing names them, else as an import does (the site has no listing of a speaker
  // only imports quote); the field shows their name until it is typed in, their key only when neither knows them.
  const chosen =
    filters.speaker === undefined
      ? undefined
      : name !== undefined
        ? { name, localizedName }
        : imported.data
            ?.flatMap(({ entry }) => entry.speakers)
            .find((speaker) => speaker.key === filters.speaker);
  const [typed, setTyped] = useState<string>();
  const speaker = typed ?? (chosen ? speakerName(chosen, locale) : (filters.speaker ?? ''));
  const [source, setSource] = useState(filters.source ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [speakerUsed, setSpeakerUsed] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [choices, setChoices] = useState<SpeakerChoices | undefined>();
  const speakers = useFacet('speakers', speakerUsed);
  const sources = useFacet('sources');
  const numbers = new Intl.NumberFormat(useFormatLocale(locale));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const next: LibraryFilters = { page: 0 };
    if (source !== '') next.source = source;
    if (from !== '') next.from = from;
    if (to !== '') next.to = to;
    const text = speaker.trim();
    const named =
      text === ''
        ? []
        : speakersNamed(
            speakerChoices(
              await client.query(facetOptions('speakers')),
              await client.query(importedListOptions()),
            ),
            text,
          );
    setChoices(undefined);
    if (text !== '' && named.length === 0) return setProblem(t('filters.noSuchSpeaker', { name: text }));
    if (next.from && next.to && next.from > next.to) return setProblem(t('filters.datesReversed'));
    setProblem(undefined);
    if (named.length > 1) return setChoices({ text, speakers: named, filters: next });
    if (named[0]) next.speaker = named[0].key;
    // The field names the speaker chosen, also when that is the one already chosen (the URL stays, the form too).
    setTyped(undefined);
    void navigate(libraryPath(next));
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
          aria-describedby={choices ? `${id}-choices` : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setChoices(undefined);
          }}
        />
        <datalist id={`${id}-speakers`}>
          {speakerChoices(speakers.data ?? [], imported.data ?? []).map((value) => (
            <option key={value.key} value={speakerName(value, locale)} />
          ))}
        </datalist>
      </div>
      {choices ? (
        <div className="library__speaker-choices">
          <p id={`${id}-choices`} role="alert">
            {t(
              choices.speakers.length > MAX_SPEAKER_CHOICES
                ? 'filters.manySpeakers'
                : 'filters.severalSpeakers',
              {
                name: choices.text,
                count: choices.speakers.length,
                number: numbers.format(choices.speakers.length),
                shown: numbers.format(MAX_SPEAKER_CHOICES),
              },
            )}
          </p>
          <ul aria-labelledby={`${id}-choices`}>
            {choices.speakers.slice(0, MAX_SPEAKER_CHOICES).map((value) => (
              <li key={value.key}>
                <Link to={libraryPath({ ...choices.filters, speaker: value.key })}>
                  {speakerName(value, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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

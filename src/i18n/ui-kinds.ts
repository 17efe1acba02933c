// The interface words of the chart kinds (src/kinds/**), their build-time pictures, social cards and CSV files, in
// every edition side by side: a table's headers, a key, a flag, a map's neighbours and scale. The words of the story
// itself (chart titles, labels, captions) are content (content/charts/*.uk.yaml); these are the words the code
// writes around them. The kinds read them with wordsIn(UI_KINDS, catalog.locale): a catalog knows its edition.
// The Ukrainian terms follow docs/research/uk-glossary.yaml (claim «твердження», unverified «не підтверджено»…).
import type { Locale } from './locale';
import { wordsIn, type Words } from './words';
import { COUNTRIES, UKRAINE_REGIONS, type RegionId } from '../schemas/places';
import type { Reliability, Theme } from '../schemas/notes';

export const UI_KINDS = {
  // Every chart's data table (the bar kind's; the map's shares the source column).
  tableCaption: { en: (title: string) => `Data: ${title}`, uk: (title: string) => `Дані: ${title}` },
  colFigure: { en: 'Figure', uk: 'Показник' },
  colValue: { en: 'Value', uk: 'Значення' },
  colKind: { en: 'Kind', uk: 'Тип' },
  colWhose: { en: 'Whose', uk: 'Чиї дані' },
  colDate: { en: 'Date described', uk: 'Дата або період' },
  colSource: { en: 'Source', uk: 'Джерело' },
  /** The key of a bar chart whose bars include a claim. */
  claimKey: { en: 'Hatched: a claim', uk: 'Штриховка: твердження' },
  /** A claim's denial, in its table row and CSV note: "denied by Ukraine's General Staff, 12 Dec 2025: “…”". */
  deniedBy: {
    en: (by: string, date: string, words: string) => `denied by ${by}, ${date}: ${words}`,
    uk: (by: string, date: string, words: string) => `заперечення: ${by}, ${date}: ${words}`,
  },

  // The plan kind.
  themesLabel: { en: 'Themes', uk: 'Теми' },
  dashedUnverified: { en: 'Dashed: unverified', uk: 'Пунктир: не підтверджено' },
  mirrorKey: { en: 'Number seen only on pro-Kremlin mirrors', uk: 'Номер трапляється лише на прокремлівських сайтах-дзеркалах' },
  mirrorNumber: {
    en: 'its number is printed only by pro-Kremlin mirror sites',
    uk: 'його номер наводять лише прокремлівські сайти-дзеркала',
  },
  gridLabel: { en: "The plan's points by number", uk: 'Пункти плану за номерами' },
  point: { en: (n: number) => `Point ${n}`, uk: (n: number) => `Пункт ${n}` },
  unverified: { en: 'unverified', uk: 'не підтверджено' },
  confirmedBy: { en: (who: string) => `confirmed by ${who}`, uk: (who: string) => `підтверджують ${who}` },
  planTableLabel: { en: "The plan's points as reported", uk: 'Пункти плану за повідомленнями ЗМІ' },
  /** `points` is the count with its noun, formatted in the edition ("28 points", "28 пунктів"). */
  planCaption: {
    en: (points: string) => `All ${points} of the plan as reported, in number order (never officially published)`,
    uk: (points: string) => `Усі ${points} плану за повідомленнями ЗМІ, за номерами (офіційно план не оприлюднювали)`,
  },
  colPoint: { en: 'Point', uk: 'Пункт' },
  colTheme: { en: 'Theme', uk: 'Тема' },
  colReported: { en: 'What was reported', uk: 'Що повідомляли' },
  colReportedBy: { en: 'Reported by', uk: 'Хто повідомив' },
  colHowSure: { en: 'How sure', uk: 'Наскільки певно' },
  asReportedBy: { en: (who: string) => `as reported by ${who}`, uk: (who: string) => `за повідомленням: ${who}` },
  pageCited: { en: 'page cited', uk: 'цитована сторінка' },
  /** The last joint of a list: "1, 21 and 22". */
  and: { en: 'and', uk: 'і' },

  // The matrix kind.
  notReported: { en: 'Not reported', uk: 'Не повідомлено' },
  notReportedCsv: { en: 'not reported', uk: 'не повідомлено' },
  also: { en: 'also', uk: 'також' },
  showFullTable: { en: 'Show the full table', uk: 'Показати всю таблицю' },

  // The map kind.
  mapKey: { en: 'Key', uk: 'Умовні позначення' },
  townOrCity: { en: 'Town or city', uk: 'Місто чи селище' },
  townOrCityRow: { en: 'town or city', uk: 'місто чи селище' },
  placesLabel: { en: (title: string) => `Places and regions: ${title}`, uk: (title: string) => `Населені пункти й регіони: ${title}` },
  placesCaption: { en: 'Places and regions on the map:', uk: 'Населені пункти й регіони на карті:' },
  colName: { en: 'Name', uk: 'Назва' },
  colShownAs: { en: 'Shown as', uk: 'Як позначено' },
  colRegion: { en: 'Region', uk: 'Регіон' },
  colCoordinates: { en: 'Coordinates', uk: 'Координати' },
  itsOutline: { en: 'its outline', uk: 'його межі' },
  mapCredit: {
    en: 'Boundaries: Natural Earth (public domain). Place coordinates: GeoNames (CC BY 4.0).',
    uk: 'Кордони: Natural Earth (суспільне надбання). Координати населених пунктів: GeoNames (CC BY 4.0).',
  },
  /** The scale bar's unit. */
  km: { en: 'km', uk: 'км' },
  north: { en: 'N', uk: 'пн. ш.' },
  south: { en: 'S', uk: 'пд. ш.' },
  east: { en: 'E', uk: 'сх. д.' },
  west: { en: 'W', uk: 'зх. д.' },
  /** Where the boundaries come from: our description of the data (the publisher's name stays as it is). */
  boundaryTitle: {
    en: 'Admin-1 regions of Ukraine (1:10m) and countries (1:50m), public domain',
    uk: 'Області України (1:10 млн) і країни (1:50 млн), суспільне надбання',
  },
  // Neighbours and seas named on a map of Ukraine.
  russia: { en: 'Russia', uk: 'Росія' },
  belarus: { en: 'Belarus', uk: 'Білорусь' },
  poland: { en: 'Poland', uk: 'Польща' },
  moldova: { en: 'Moldova', uk: 'Молдова' },
  romania: { en: 'Romania', uk: 'Румунія' },
  blackSea: { en: 'Black Sea', uk: 'Чорне море' },
  seaOfAzov: { en: 'Sea of Azov', uk: 'Азовське море' },
} satisfies Words;

/** The chart kinds' words in one edition. */
export const kindWords = (locale: Locale) => wordsIn(UI_KINDS, locale);

/** The plan's themes, as the key, the grid and the table name them. */
export const THEME_WORDS: Record<Theme, Record<Locale, string>> = {
  territory: { en: 'Territory', uk: 'Територія' },
  military: { en: 'Military limits', uk: 'Військові обмеження' },
  security: { en: 'Security guarantees', uk: 'Гарантії безпеки' },
  economy: { en: 'Economy and sanctions', uk: 'Економіка й санкції' },
  politics: { en: 'Politics', uk: 'Політика' },
};

/** How sure a plan point is, in the plan's table (a `confirmed` point names its outlets instead). */
export const RELIABILITY_WORDS: Record<Reliability, Record<Locale, string>> = {
  confirmed: { en: 'confirmed: two or more independent outlets', uk: 'підтверджено: два або більше незалежних видань' },
  single: { en: 'one reputable outlet', uk: 'одне авторитетне видання' },
  weak: {
    en: 'unverified: only pro-Kremlin mirrors or unclear aggregators',
    uk: 'не підтверджено: лише прокремлівські сайти-дзеркала або неясні агрегатори',
  },
};

/** A matrix cell's flag, as the fact sheets flag facts. */
export const FLAG_WORDS_IN: Record<Reliability, Record<Locale, string>> = {
  confirmed: { en: 'confirmed by two outlets', uk: 'підтверджено двома виданнями' },
  single: { en: 'one outlet', uk: 'одне видання' },
  weak: { en: 'unverified', uk: 'не підтверджено' },
};

/**
 * The Ukrainian names of the regions and countries a map draws (the English ones are in src/schemas/places.ts, the
 * one home of the ids): a region of Ukraine by its official name ("Донецька область"), which a map label shortens
 * to its adjective ("Донецька"), as Ukrainian maps print them.
 */
const REGION_NAMES_UK: Record<RegionId, string> = {
  crimea: 'Крим',
  sevastopol: 'Севастополь',
  cherkasy: 'Черкаська область',
  chernihiv: 'Чернігівська область',
  chernivtsi: 'Чернівецька область',
  dnipropetrovsk: 'Дніпропетровська область',
  donetsk: 'Донецька область',
  'ivano-frankivsk': 'Івано-Франківська область',
  kharkiv: 'Харківська область',
  kherson: 'Херсонська область',
  khmelnytskyi: 'Хмельницька область',
  kirovohrad: 'Кіровоградська область',
  kyiv: 'Київська область',
  'kyiv-city': 'місто Київ',
  luhansk: 'Луганська область',
  lviv: 'Львівська область',
  mykolaiv: 'Миколаївська область',
  odesa: 'Одеська область',
  poltava: 'Полтавська область',
  rivne: 'Рівненська область',
  sumy: 'Сумська область',
  ternopil: 'Тернопільська область',
  vinnytsia: 'Вінницька область',
  volyn: 'Волинська область',
  zakarpattia: 'Закарпатська область',
  zaporizhzhia: 'Запорізька область',
  zhytomyr: 'Житомирська область',
  albania: 'Албанія',
  andorra: 'Андорра',
  armenia: 'Вірменія',
  austria: 'Австрія',
  azerbaijan: 'Азербайджан',
  belarus: 'Білорусь',
  belgium: 'Бельгія',
  'bosnia-and-herzegovina': 'Боснія і Герцеговина',
  bulgaria: 'Болгарія',
  croatia: 'Хорватія',
  cyprus: 'Кіпр',
  czechia: 'Чехія',
  denmark: 'Данія',
  estonia: 'Естонія',
  finland: 'Фінляндія',
  france: 'Франція',
  georgia: 'Грузія',
  germany: 'Німеччина',
  greece: 'Греція',
  hungary: 'Угорщина',
  iceland: 'Ісландія',
  ireland: 'Ірландія',
  italy: 'Італія',
  kazakhstan: 'Казахстан',
  kosovo: 'Косово',
  latvia: 'Латвія',
  liechtenstein: 'Ліхтенштейн',
  lithuania: 'Литва',
  luxembourg: 'Люксембург',
  malta: 'Мальта',
  moldova: 'Молдова',
  montenegro: 'Чорногорія',
  netherlands: 'Нідерланди',
  'north-macedonia': 'Північна Македонія',
  norway: 'Норвегія',
  poland: 'Польща',
  portugal: 'Португалія',
  romania: 'Румунія',
  russia: 'Росія',
  serbia: 'Сербія',
  slovakia: 'Словаччина',
  slovenia: 'Словенія',
  spain: 'Іспанія',
  sweden: 'Швеція',
  switzerland: 'Швейцарія',
  turkey: 'Туреччина',
  ukraine: 'Україна',
  'united-kingdom': 'Велика Британія',
};

/** A region's (or country's) name in an edition: "Kharkiv", "Харківська область". */
export function regionNameIn(id: string, locale: Locale): string {
  if (locale === 'uk' && id in REGION_NAMES_UK) return REGION_NAMES_UK[id as RegionId];
  if (id in UKRAINE_REGIONS) return UKRAINE_REGIONS[id as keyof typeof UKRAINE_REGIONS];
  if (id in COUNTRIES) return COUNTRIES[id as keyof typeof COUNTRIES][1];
  return id;
}

/** A region's name as a map prints it over the region: "Kharkiv" ("Kyiv region" → "Kyiv"), "Харківська", "Київ". */
export function regionLabelIn(id: string, locale: Locale): string {
  const name = regionNameIn(id, locale);
  return locale === 'uk' ? name.replace(/ область$/, '').replace(/^місто /, '') : name.replace(/ region$/, '');
}

/**
 * The column names of the CSV files, by their English name (which is the column's name in the English file). A
 * Ukrainian CSV names its columns in Ukrainian; its cells that are codes (ids, units, themes, flags) stay codes.
 */
export const CSV_COLUMNS: Record<string, Record<Locale, string>> = {
  id: { en: 'id', uk: 'id' },
  label: { en: 'label', uk: 'назва' },
  value: { en: 'value', uk: 'значення' },
  unit: { en: 'unit', uk: 'одиниця' },
  qualifier: { en: 'qualifier', uk: 'уточнення' },
  kind: { en: 'kind', uk: 'тип' },
  by: { en: 'by', uk: 'чиї_дані' },
  from: { en: 'from', uk: 'від' },
  date: { en: 'date', uk: 'дата' },
  note: { en: 'note', uk: 'примітка' },
  point: { en: 'point', uk: 'пункт' },
  theme: { en: 'theme', uk: 'тема' },
  summary: { en: 'summary', uk: 'зміст' },
  reported_by: { en: 'reported_by', uk: 'хто_повідомив' },
  reliability: { en: 'reliability', uk: 'достовірність' },
  number_from_mirrors: { en: 'number_from_mirrors', uk: 'номер_лише_з_дзеркал' },
  row_id: { en: 'row_id', uk: 'рядок_id' },
  row: { en: 'row', uk: 'рядок' },
  column_id: { en: 'column_id', uk: 'стовпець_id' },
  column: { en: 'column', uk: 'стовпець' },
  column_date: { en: 'column_date', uk: 'дата_стовпця' },
  text: { en: 'text', uk: 'текст' },
  flag: { en: 'flag', uk: 'позначка' },
  confirmed_by: { en: 'confirmed_by', uk: 'також_підтверджують' },
  type: { en: 'type', uk: 'тип_запису' },
  name: { en: 'name', uk: 'назва' },
  region: { en: 'region', uk: 'регіон' },
  latitude: { en: 'latitude', uk: 'широта' },
  longitude: { en: 'longitude', uk: 'довгота' },
  category: { en: 'category', uk: 'категорія' },
  states: { en: 'states', uk: 'стани' },
  source_id: { en: 'source_id', uk: 'джерело_id' },
  source_publisher: { en: 'source_publisher', uk: 'джерело_видавець' },
  source_title: { en: 'source_title', uk: 'джерело_заголовок' },
  source_url: { en: 'source_url', uk: 'джерело_url' },
  source_published: { en: 'source_published', uk: 'джерело_дата' },
};

/** A CSV header in an edition: the English column names, each translated (an unknown name throws: add it above). */
export function csvHeader(columns: readonly string[], locale: Locale): string[] {
  return columns.map((c) => {
    const words = CSV_COLUMNS[c];
    if (!words) throw new Error(`src/i18n/ui-kinds.ts: no words for the CSV column \`${c}\` (add it to CSV_COLUMNS).`);
    return words[locale];
  });
}

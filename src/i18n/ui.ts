// The words of the page's frame, in every edition, side by side: the layout, the story and chapter pages, the
// embed and 404 pages, and the components chapters use. The graphics' words are in ui-kinds.ts. A word missing in
// one edition is a type error; tests/browser/editions.test.ts checks that no English word of this table is left on
// a Ukrainian page.
import { wordsIn, type Words } from './words';
import type { Locale } from './locale';
import { afterStop } from '../lib/format';

export const UI = {
  skipLink: { en: 'Skip to the story', uk: 'Перейти до тексту' },
  footerNote: {
    en: 'Each part of this explainer says the date it is written as of; what came later is told in dated notes.',
    uk: 'Кожна частина цього пояснення вказує дату, станом на яку її написано; про подальші події розповідають датовані нотатки.',
  },
  home: { en: 'Home', uk: 'Головна' },
  sourcesAndMethod: { en: 'Sources and method', uk: 'Джерела і метод' },
  sources: { en: 'Sources', uk: 'Джерела' },
  otherEdition: { en: 'Читати українською', uk: 'Read in English' },
  editionNav: { en: 'Language', uk: 'Мова' },
  cardAlt: {
    en: (title: string) => `${title}: a hatched bar for a claim beside a solid bar for an estimate`,
    uk: (title: string) => `${title}: заштрихований стовпчик для твердження поруч із суцільним для оцінки`,
  },
  kicker: { en: 'Explainer · Russia–Ukraine war', uk: 'Пояснення · Російсько-українська війна' },
  asOf: { en: 'As of', uk: 'Станом на' },
  chapterN: { en: (n: number) => `Chapter ${n}`, uk: (n: number) => `Розділ ${n}` },
  chapterNLower: { en: (n: number) => `chapter ${n}`, uk: (n: number) => `розділ ${n}` },
  asOfLater: { en: 'as of', uk: 'станом на' },
  minRead: { en: (n: number) => `${n} min read`, uk: (n: number) => `${n} хв читання` },
  contents: { en: 'Contents', uk: 'Зміст' },
  ownPage: { en: 'own page', uk: 'окрема сторінка' },
  ownPageFor: { en: 'for', uk: 'розділу' },
  // The placeholder of a chapter's body while the one-page story fetches it (src/client/story-parts.ts).
  partLoading: { en: 'This chapter is loading.', uk: 'Розділ завантажується.' },
  partFailed: { en: 'This chapter could not be loaded.', uk: 'Не вдалося завантажити розділ.' },
  partOwnPage: {
    en: (title: string) => `Read “${title}” on its own page.`,
    uk: (title: string) => `Читайте «${title}» на окремій сторінці.`,
  },
  whatHappenedNext: { en: 'What happened next', uk: 'Що було далі' },
  laterThanStory: { en: 'later than the story above', uk: 'пізніше, ніж решта тексту' },
  nextIntro: {
    en: (story: string, later: string) =>
      `The story stops on ${story}${later}. These dated notes record what came later; they do not change the figures of the story.`,
    uk: (story: string, later: string) =>
      `Розповідь доведено до ${story}${later}${afterStop(`${story}${later}`, '. Ці датовані нотатки фіксують подальші події; вони не змінюють цифр основного тексту.')}`,
  },
  nextIntroLater: {
    en: (n: number, title: string, date: string) => `; chapter ${n}, “${title}”, follows it to ${date}`,
    uk: (n: number, title: string, date: string) => `; розділ ${n}, «${title}», — до ${date}`,
  },
  kindsIntro: { en: 'Every figure in this explainer says what kind of figure it is:', uk: 'Кожна цифра в цьому поясненні вказує, якого вона роду:' },
  kindClaim: {
    en: "a party's own statement, such as a Russian official's account of territory taken;",
    uk: 'заява однієї зі сторін про саму себе, як-от слова російського посадовця про захоплену територію;',
  },
  kindEstimate: {
    en: "an independent analyst's assessment, such as the Institute for the Study of War's;",
    uk: 'оцінка незалежних аналітиків, як-от Інституту вивчення війни (ISW);',
  },
  kindOfficialCount: {
    en: "a government body's tally of an event, such as Ukraine's Air Force counting drones;",
    uk: 'підрахунок державного органу, як-от кількість дронів за даними Повітряних сил ЗСУ;',
  },
  kindReported: {
    en: "a journalist's account of a document that was not published;",
    uk: 'виклад журналістами документа, який не оприлюднювали;',
  },
  kindStatement: {
    en: "a figure in a declaration or decision that a government or institution published, such as the European leaders' statement after the Berlin talks;",
    uk: 'цифра з декларації чи рішення, які оприлюднив уряд або інституція, як-от заява європейських лідерів після переговорів у Берліні;',
  },
  kindDifference: {
    en: 'the gap computed between two figures of different kinds, such as a claim minus an estimate;',
    uk: 'обчислена різниця між двома цифрами різного роду, як-от твердження мінус оцінка;',
  },
  kindReference: {
    en: "a standing figure used for scale, such as Ukraine's area, not a count of any event.",
    uk: 'стала величина для порівняння масштабу, як-от площа України, а не підрахунок якоїсь події.',
  },
  methodNote: {
    en: 'Each figure links to the page that published it. Square miles are computed from square kilometres (1 sq mi = 2.589988 km²); shares are computed from the figures shown.',
    uk: 'Кожна цифра веде на сторінку, що її оприлюднила. Частки обчислено з наведених цифр.',
  },
  editionNote: {
    en: '',
    uk: 'Це українське видання англомовного пояснення: ті самі дані, ті самі джерела. Назви джерел подано так, як їх написали видавці; слова мовців, які говорили не українською, подано в нашому перекладі, і це позначено.',
  },
  allSourcesOn: {
    en: 'Every source the story cites, with its publisher, headline, date and link, and the whole log of corrections are on a page of their own:',
    uk: 'Усі джерела, на які посилається розповідь, — з видавцем, заголовком, датою й посиланням, — і весь журнал виправлень зібрано на окремій сторінці:',
  },
  sourcesAndCorrections: { en: 'Sources and corrections', uk: 'Джерела та виправлення' },
  howToRead: { en: 'How to read the figures', uk: 'Як читати цифри' },
  sourcesPageStandfirst: {
    en: (n: number) =>
      `Every page the explainer cites, ${n} in all, with its publisher, headline and date; how to read its figures; and what it has corrected.`,
    uk: (n: number) =>
      `Усі сторінки, на які посилається пояснення (загалом ${n}), з видавцем, заголовком і датою; як читати цифри; і що ми виправили.`,
  },
  sourcesPageDescription: {
    en: (n: number, title: string) => `The ${n} sources of “${title}”, how to read its figures, and its corrections.`,
    uk: (n: number, title: string) => `${n} джерел пояснення «${title}», як читати його цифри, і виправлення.`,
  },
  // Chapter pages
  chapters: { en: 'Chapters', uk: 'Розділи' },
  wholeExplainer: { en: 'The whole explainer', uk: 'Усе пояснення' },
  // 404
  notFoundTitle: { en: 'Page not found', uk: 'Сторінку не знайдено' },
  notFoundText: { en: 'There is no page at this address.', uk: 'За цією адресою сторінки немає.' },
  notFoundHelpBefore: { en: 'There is no page at this address. The whole explainer is on', uk: 'За цією адресою сторінки немає. Усе пояснення — на' },
  notFoundHelpLink: { en: 'its front page', uk: 'головній сторінці' },
  notFoundHelpAfter: { en: '; each chapter also has a page of its own.', uk: '; кожен розділ має також окрему сторінку.' },
  // Graphics frame (Scrolly, Step, embed)
  chartPrefix: { en: 'Chart: ', uk: 'Графіка: ' },
  getData: { en: 'Get the data (CSV)', uk: 'Дані (CSV)' },
  embedChart: { en: 'Embed this chart', uk: 'Вбудувати' },
  embedHelp: {
    en: 'Paste this HTML into a page: the chart sizes itself to its content.',
    uk: 'Вставте цей HTML-код на сторінку: графіка сама підлаштує свій розмір.',
  },
  copyCode: { en: 'Copy the code', uk: 'Скопіювати код' },
  linkToStep: { en: 'Link to this step', uk: 'Посилання на цей крок' },
  statesOfChart: { en: 'States of the chart', uk: 'Стани графіки' },
  previous: { en: 'Previous', uk: 'Попередній' },
  next: { en: 'Next', uk: 'Наступний' },
  stateWord: { en: ' state', uk: ' стан' },
  stateNofM: { en: (n: number, m: number) => `State ${n} of ${m}`, uk: (n: number, m: number) => `Стан ${n} з ${m}` },
  readStory: { en: 'Read the story', uk: 'Читати пояснення' },
  // Components of chapters
  source: { en: 'Source', uk: 'Джерело' },
  sourcesCount: { en: (n: number) => (n > 1 ? 'Sources' : 'Source'), uk: (n: number) => (n > 1 ? 'Джерела' : 'Джерело') },
  sourceColon: { en: (p: string) => `Source: ${p}`, uk: (p: string) => `Джерело: ${p}` },
  figureTitle: {
    en: (by: string, kind: string, publisher: string) => `${by}, ${kind}; source: ${publisher}`,
    uk: (by: string, kind: string, publisher: string) => `${by}, ${kind}; джерело: ${publisher}`,
  },
  timelineLabel: { en: (a: string, b: string) => `Timeline, ${a} to ${b}`, uk: (a: string, b: string) => `Хронологія, ${a} — ${b}` },
  readMoreIn: { en: (n: number) => `Read more in chapter ${n}`, uk: (n: number) => `Докладніше в розділі ${n}` },
  asReportedBy: { en: (p: string, d: string) => `as reported by ${p}, ${d}`, uk: (p: string, d: string) => `за повідомленням: ${p}, ${d}` },
  translatedBy: {
    en: (language: string, translator: string) => `Translated from ${language} by ${translator}`,
    uk: (language: string, translator: string) => `Переклад з мови «${language}»: ${translator}`,
  },
  ourTranslation: {
    en: (language: string) => `Our translation from ${language}`,
    uk: (language: string) => `Наш переклад (мова оригіналу: ${language})`,
  },
  asSpoken: { en: 'as spoken', uk: 'в оригіналі' },
  descriptionNotHeadline: { en: 'description, not the page’s headline:', uk: 'опис, а не заголовок сторінки:' },
  corrections: { en: 'Corrections', uk: 'Виправлення' },
  correctionsIntro: {
    en: 'When a page gets a fact, a figure, a date, an attribution or a quote wrong, we correct it and say so, here and at the foot of its chapter.',
    uk: 'Коли сторінка помиляється у факті, цифрі, даті, атрибуції чи цитаті, ми виправляємо помилку й повідомляємо про це тут і в кінці відповідного розділу.',
  },
  noCorrections: { en: ' No correction has been needed so far.', uk: ' Досі виправлень не було.' },
  pageSaid: { en: 'The page said:', uk: 'На сторінці було:' },
  whatIsRight: { en: 'What is right:', uk: 'Правильно:' },
} satisfies Words;

/** The frame's words in one edition. */
export const ui = (locale: Locale) => wordsIn(UI, locale);

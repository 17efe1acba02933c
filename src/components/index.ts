// The components a chapter may use, handed to MDX so chapter files need no imports.
import Cite from './Cite.astro';
import Fig from './Fig.astro';
import Quote from './Quote.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Timeline from './Timeline.astro';

export const chapterComponents = { Cite, Fig, Quote, Scrolly, Step, Timeline };

/**
 * What the Baltic Tech Desk exports (test/fixtures/imports, README there) hold, as a reader of the
 * old site saw it: the browser tests of both imports check every published post against it.
 */

export interface PublishedPost {
  slug: string;
  title: string;
  section: { name: string; slug: string };
  /** The post's other categories and tags, in alphabetical order. */
  tags: string[];
  heroAlt: string;
  /** Bylines in order. WordPress has one author per post; Ghost lists co-authors too. */
  authors: { wordpress: string[]; ghost: string[] };
  /** WordPress's post id (`/?p=ID`) and permalink (`/%year%/%monthnum%/%postname%/`, without its slash). */
  wordpress: { id: string; permalink: string };
}

const ARTURAS = "Artūras Malašauskas";
const ELENA = "Elena Marsh";
const AI_MODELS = { name: "AI Models", slug: "ai-models" };
const HARDWARE = { name: "Hardware", slug: "hardware" };

export const SEED_SLUG = "metas-hybrid-ai-open-source-strategy-revealed";

export const PUBLISHED_POSTS: PublishedPost[] = [
  {
    slug: SEED_SLUG,
    title: "Meta's Hybrid AI Open-Source Strategy Revealed",
    section: AI_MODELS,
    tags: ["Meta", "Open source"],
    heroAlt: "Abstract illustration of interlocking open and closed network nodes",
    authors: { wordpress: [ARTURAS], ghost: [ARTURAS] },
    wordpress: { id: "4", permalink: "/2026/11/metas-hybrid-ai-open-source-strategy-revealed" },
  },
  {
    slug: "eu-chips-act-money-reaches-the-packaging-plants",
    title: "EU Chips Act Money Reaches the Packaging Plants",
    section: HARDWARE,
    tags: ["EU", "Semiconductors"],
    heroAlt: "Robotic arms placing chips onto substrates on a packaging line",
    authors: { wordpress: [ELENA], ghost: [ELENA] },
    wordpress: { id: "7", permalink: "/2026/09/eu-chips-act-money-reaches-the-packaging-plants" },
  },
  {
    slug: "why-small-language-models-are-winning-at-the-edge",
    title: "Why Small Language Models Are Winning at the Edge",
    section: AI_MODELS,
    tags: ["Edge computing", "Open source"],
    heroAlt: "A small green circuit board with a cooling fan, held in a hand",
    authors: { wordpress: [ELENA], ghost: [ELENA, ARTURAS] },
    wordpress: { id: "10", permalink: "/2026/11/why-small-language-models-are-winning-at-the-edge" },
  },
  {
    slug: "five-laptop-npus-one-local-model-the-benchmark-table",
    title: "Five Laptop NPUs, One Local Model: The Benchmark Table",
    section: HARDWARE,
    tags: ["Benchmarks", "NPU"],
    heroAlt: "Bar chart comparing tokens per second on five laptops",
    authors: { wordpress: [ARTURAS], ghost: [ARTURAS, ELENA] },
    wordpress: { id: "13", permalink: "/2026/10/five-laptop-npus-one-local-model-the-benchmark-table" },
  },
  {
    slug: "inside-a-data-centre-cooled-by-the-baltic-sea",
    title: "Inside a Data Centre Cooled by the Baltic Sea",
    section: { name: "Infrastructure", slug: "infrastructure" },
    tags: ["Data centres", "Energy"],
    heroAlt: "A low grey building behind a sand dune with the sea in the background",
    authors: { wordpress: [ELENA], ghost: [ELENA] },
    wordpress: { id: "16", permalink: "/2026/08/inside-a-data-centre-cooled-by-the-baltic-sea" },
  },
  {
    slug: "in-pictures-the-robotics-hall-at-vilnius-tech-week",
    title: "In Pictures: The Robotics Hall at Vilnius Tech Week",
    section: { name: "Events", slug: "events" },
    tags: ["Lithuania", "Robotics"],
    heroAlt: "A warehouse picking robot lifting a cardboard box from a shelf",
    authors: { wordpress: [ELENA], ghost: [ELENA] },
    wordpress: { id: "20", permalink: "/2026/06/in-pictures-the-robotics-hall-at-vilnius-tech-week" },
  },
  {
    slug: "watch-a-visual-primer-on-how-transformers-read-text",
    title: "Watch: A Visual Primer on How Transformers Read Text",
    section: AI_MODELS,
    tags: ["Explainers"],
    heroAlt: "Coloured lines connecting words in a sentence, illustrating attention",
    authors: { wordpress: [ARTURAS], ghost: [ARTURAS] },
    wordpress: { id: "25", permalink: "/2026/07/watch-a-visual-primer-on-how-transformers-read-text" },
  },
  {
    slug: "zinios-trumpai-lietuvos-startuoliai-renkasi-atvirus-modelius",
    title: "Žinios trumpai: Lietuvos startuoliai renkasi atvirus modelius",
    section: AI_MODELS,
    tags: ["Lietuva", "Open source"],
    heroAlt: "Biuro erdvė su kompiuteriais ir langais į Vilniaus senamiestį",
    authors: { wordpress: [ARTURAS], ghost: [ARTURAS] },
    wordpress: { id: "28", permalink: "/2026/10/zinios-trumpai-lietuvos-startuoliai-renkasi-atvirus-modelius" },
  },
  {
    slug: "open-weight-licences-explained",
    title: "Open-Weight Licences, Explained",
    section: { name: "Policy", slug: "policy" },
    tags: ["Explainers", "Open source"],
    heroAlt: "A stack of printed licence agreements with a pen on top",
    authors: { wordpress: [ELENA], ghost: [ELENA] },
    wordpress: { id: "31", permalink: "/2026/11/open-weight-licences-explained" },
  },
];

/** Posts that are not public: in the admin's list, a 404 at the address they will have. */
export const UNPUBLISHED_POSTS = {
  draft: { slug: "what-the-ai-acts-transparency-rules-mean-for-newsrooms", title: "What the AI Act's Transparency Rules Mean for Newsrooms" },
  scheduled: { slug: "preview-the-chip-roadmaps-to-watch-in-2027", title: "Preview: The Chip Roadmaps to Watch in 2027" },
  /** WordPress only: "pending review". */
  inReview: { slug: "reader-question-can-a-five-year-old-laptop-run-a-local-model", title: "Reader Question: Can a Five-Year-Old Laptop Run a Local Model?" },
};

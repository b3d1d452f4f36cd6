import type { SeedSection } from "./types";

export const sections: SeedSection[] = [
  {
    slug: "ai-models",
    name: "AI Models",
    description:
      "New models, how they are trained and how well they actually perform. " +
      "We read the model cards, rerun the evaluations where we can and ask what the numbers leave out.",
  },
  {
    slug: "policy",
    name: "Policy",
    description:
      "The rules being written for technology, from draft regulations to city council votes, " +
      "and what they mean for the people who build and use it.",
  },
  {
    slug: "hardware",
    name: "Hardware",
    description:
      "Chips, data centres, robots and the physical limits that shape computing. " +
      "Specifications are where our reporting starts, not where it ends.",
  },
  {
    slug: "software",
    name: "Software",
    description:
      "Developer tools, open-source projects and the companies that depend on them. " +
      "Written for readers who have shipped code and want the detail.",
  },
  {
    slug: "security",
    name: "Security",
    description:
      "Vulnerabilities, breaches and the slow work of recovering from them. " +
      "We explain what happened, who is affected and what you can do about it.",
  },
];

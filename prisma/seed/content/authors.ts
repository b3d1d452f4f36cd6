import type { SeedAuthor } from "./types";

export const authors: SeedAuthor[] = [
  {
    slug: "maya-lindqvist",
    name: "Maya Lindqvist",
    jobTitle: "Editor and senior AI correspondent",
    bio: `Maya Lindqvist edits Masthead and writes about machine learning models: how they are
built, how they are evaluated and how the claims made about them hold up once other people start
using them.

Before joining Masthead she spent six years as a data engineer at a logistics company, where she
maintained forecasting pipelines that nobody else wanted to touch. That experience left her with a
lasting interest in the unglamorous parts of AI systems, from data cleaning to evaluation harnesses,
and a habit of asking to see the test set. At Masthead she has written about model evaluation,
open-weight releases and the economics of training, and she oversees the publication's corrections
policy.

She grew up in Uppsala and now lives by the coast with a patient partner and an impatient cat.
Outside work she sails small boats badly and keeps a spreadsheet of every benchmark she has ever
seen retired. Tips and corrections are welcome by email.`,
    affiliations: [
      { role: "Editor", organisation: "Masthead", url: "https://masthead.example" },
      { role: "Advisory board member", organisation: "example.org", url: "https://example.org" },
    ],
    links: [
      { kind: "linkedin", url: "https://www.linkedin.com/in/maya-lindqvist" },
      { kind: "mastodon", url: "https://mastodon.example/@mayalindqvist" },
      { kind: "website", url: "https://lindqvist.example.com" },
    ],
    portraitHue: 18,
    staffEmail: "editor@masthead.example",
    staffRole: "EDITOR",
  },
  {
    slug: "tomas-kairys",
    name: "Tomas Kairys",
    jobTitle: "Hardware reporter",
    bio: `Tomas Kairys covers chips, data centres and robotics for Masthead. He is most interested
in the places where computing meets physical limits: power, heat, supply chains and the question of
who gets to buy the parts.

He trained as an electrical engineer in Kaunas and worked on test equipment for a contract
manufacturer before moving into journalism. He still reads datasheets for fun and has a drawer of
development boards that he insists he will get round to using. His reporting has covered memory
shortages, the slow spread of chiplet designs and the growing power demands of AI server halls,
usually with a spreadsheet of specifications open in another window.

Tomas has reported from fabrication plants, server halls and at least one very cold warehouse. He
contributes to Masthead from Vilnius, and prefers to be contacted by email or, for sensitive tips,
by the encrypted methods listed on the contact page.`,
    affiliations: [
      { role: "Contributing writer", organisation: "example.net", url: "https://example.net" },
    ],
    links: [
      { kind: "linkedin", url: "https://www.linkedin.com/in/tomas-kairys" },
      { kind: "x", url: "https://x.com/tkairys" },
      { kind: "github", url: "https://github.com/tkairys" },
    ],
    portraitHue: 205,
    staffEmail: "contributor@masthead.example",
    staffRole: "CONTRIBUTOR",
  },
  {
    slug: "ada-okafor",
    name: "Ada Okafor",
    jobTitle: "Policy correspondent",
    bio: `Ada Okafor reports on technology policy: the regulations, court cases and procurement
decisions that decide how new tools reach the public. She reads the annexes so that readers do not
have to, and tries to explain what a rule will change in practice rather than what its sponsors say
it will.

She studied law and worked for several years as a researcher at a civil liberties charity, where she
wrote evidence submissions on surveillance and data retention. That background shapes her interest
in how policy is enforced, not just how it is announced. At Masthead she has covered AI regulation,
facial recognition in public spaces and export controls, and she keeps a running tracker of
consultations that readers can respond to.

Ada is based in London and travels often to wherever a committee is meeting. She is a keen amateur
baker and an unreliable but enthusiastic five-a-side goalkeeper. She welcomes leaked drafts, polite
disagreement and recipe suggestions in roughly equal measure.`,
    affiliations: [
      { role: "Visiting fellow", organisation: "example.org", url: "https://example.org" },
      { role: "Columnist", organisation: "example.com", url: "https://example.com" },
    ],
    links: [
      { kind: "linkedin", url: "https://www.linkedin.com/in/ada-okafor" },
      { kind: "x", url: "https://x.com/adaokafor" },
    ],
    portraitHue: 140,
  },
  {
    slug: "rahul-menon",
    name: "Rahul Menon",
    jobTitle: "Security editor",
    bio: `Rahul Menon leads Masthead's security coverage, writing about vulnerabilities, breaches
and the people who find and fix them. He aims to tell readers plainly what went wrong, who is
affected and what they should do next.

Rahul spent nine years in incident response, first at a bank and then at a consultancy, before
switching sides of the notebook. He still keeps a lab of deliberately outdated routers and cameras,
and has a professional weakness for a well-written disclosure timeline. He has written about
supply-chain attacks, connected devices that outlive their security updates and the slow, expensive
work of recovering from ransomware, and he tries to end every story with something readers can
actually do.

He lives in Bengaluru and Rotterdam, depending on the season. Researchers who want to share findings
can reach him through the secure channels listed on Masthead's contact page; he will always ask
before naming anyone. He also answers reader questions about staying safe online in an occasional
advice column, and insists that no question is too basic.`,
    affiliations: [
      { role: "Programme committee member", organisation: "example.net", url: "https://example.net" },
    ],
    links: [
      { kind: "github", url: "https://github.com/rmenon-sec" },
      { kind: "mastodon", url: "https://mastodon.example/@rahulmenon" },
      { kind: "website", url: "https://menon.example.com" },
      { kind: "linkedin", url: "https://www.linkedin.com/in/rahul-menon" },
    ],
    portraitHue: 265,
  },
  {
    slug: "elena-vasquez",
    name: "Elena Vasquez",
    jobTitle: "Senior reporter, Europe",
    bio: `Elena Vasquez writes about Europe's technology industry from Brussels, covering
regulation, infrastructure and the companies trying to compete with much larger rivals elsewhere.
She is particularly interested in energy, and in how the power grid is quietly becoming a technology
story.

She previously worked as a business reporter covering utilities and telecoms, and before that as a
translator. She works in Spanish, English, French and passable Dutch, which she says is mostly
useful for reading planning applications. Her recent work has followed data centre grid connections,
heat reuse schemes and the drafting of Europe's AI reporting rules, often in collaboration with
Masthead's policy desk.

Elena lives in Brussels with her two children and a growing collection of secondhand bicycles. She
is always happy to hear from engineers, officials and anyone who has read a consultation document
more closely than she has. Her inbox is open to tips in any of her four working languages, and she
replies to most of them.`,
    affiliations: [
      { role: "Board member", organisation: "example.org", url: "https://example.org" },
      { role: "Guest lecturer", organisation: "example.com", url: "https://example.com" },
      { role: "Member", organisation: "example.net" },
    ],
    links: [
      { kind: "linkedin", url: "https://www.linkedin.com/in/elena-vasquez" },
      { kind: "x", url: "https://x.com/elenavasquez_eu" },
      { kind: "website", url: "https://vasquez.example.com" },
    ],
    portraitHue: 330,
  },
  {
    slug: "jonas-petraitis",
    name: "Jonas Petraitis",
    jobTitle: "Software and infrastructure reporter",
    bio: `Jonas Petraitis covers software: developer tools, open-source projects, databases and the
business of selling infrastructure to engineers. He likes stories that start with a changelog and
end with a company strategy.

He was a backend developer for eight years, most recently maintaining a payments system that he
describes as mostly held together by retries. He still contributes small patches to open-source
projects, and discloses any involvement when he writes about them. His reporting has covered storage
engine rewrites, CI costs, agent frameworks and the funding rounds of developer-tool startups. He is
particularly interested in the unpaid maintainers whose work large companies quietly depend on, and
in what happens when those maintainers burn out.

Jonas is based in Hamburg. When he is not reading release notes he is usually running, cooking for
too many people or arguing about text editors in good faith. Release notes with a sense of humour
are the fastest way to get his attention.`,
    affiliations: [
      { role: "Technical editor", organisation: "example.com", url: "https://example.com" },
      { role: "Maintainer", organisation: "example.org", url: "https://example.org" },
    ],
    links: [
      { kind: "github", url: "https://github.com/jpetraitis" },
      { kind: "mastodon", url: "https://mastodon.example/@jonasp" },
      { kind: "linkedin", url: "https://www.linkedin.com/in/jonas-petraitis" },
    ],
    portraitHue: 48,
  },
];

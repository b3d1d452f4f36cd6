/**
 * Demo articles, set B (slugs n–z). Every article, company, product and quotation
 * here is fictional and was written for the Masthead demo newsroom.
 */
import type { SeedArticle } from "./types";

export const articlesB: SeedArticle[] = [
  // ───────────────────────────── 1 ─────────────────────────────
  {
    slug: "open-weights-tern-model-northwind",
    title: "Northwind Labs releases Tern, a seven-billion-parameter model with open weights and a one-page licence",
    standfirst:
      "The lab is betting that a permissive licence and a fully published training recipe will matter more to developers than another point on a leaderboard.",
    section: "ai-models",
    authors: ["maya-lindqvist"],
    tags: ["Open source", "Benchmarks"],
    daysAgo: 0,
    hour: 9,
    body: `Northwind Labs, the Rotterdam research company that until now has mostly sold fine-tuning services, has published the weights of its first general-purpose language model. Tern has seven billion parameters, a context window of 32,000 tokens and, unusually for a release of this size, a licence that fits on a single page.

The company says the model was trained on 4.1 trillion tokens, about a fifth of them source code, and that the full data recipe, including the filtering scripts, is published alongside the weights. The files are available from [Northwind's model page](https://example.com/northwind/tern) and load in any runtime that understands the common \`safetensors\` format.

## What is in the release

The package is more complete than many recent "open" launches, which often ship weights without the means to reproduce them. Northwind's bundle includes:

- base and instruction-tuned checkpoints, each in 16-bit and 4-bit quantised form;
- the tokenizer, together with statistics about the corpus it was trained on;
- the data-filtering pipeline, released under the Apache 2.0 licence;
- an evaluation harness containing the exact prompts behind every number in the technical report.

The licence permits commercial use without any user threshold, a contrast with the tiered terms some larger labs have adopted. It asks only that derivative models say they are derived from Tern.

![Bar chart comparing Tern's scores with three other open models on five reasoning and coding tasks](/media/fig-open-weights-tern-model-northwind "Tern's reported scores against three open models of similar size. Source: Northwind Labs technical report.")

## How it compares

On Northwind's own figures, Tern sits slightly ahead of comparable open models on coding tasks and slightly behind on multilingual question answering. The company is candid that these results come from its own harness, and it has invited outside groups to rerun them.

> "We would rather be second on a leaderboard and first on reproducibility. A number that nobody else can reproduce is marketing." — from the introduction to the Tern technical report

Independent evaluators were given access a week before launch. Early notes from two of them, published this morning, broadly confirm the coding results but found the model more prone than its peers to inventing citations when asked for sources.

### Running it locally

At 4-bit precision the model needs a little under 5 GB of memory, which puts it within reach of recent laptops. Northwind's quick-start guide suggests a context length of 8,192 tokens on machines with 16 GB of RAM, rising to the full window on workstation graphics cards. The instruction-tuned checkpoint ships with a chat template, so most local runners should pick up the right prompt format without extra configuration.

## Why it matters

The market for small open models has become crowded, and differentiation increasingly comes from documentation rather than raw capability. By publishing the filtering code, Northwind makes it possible to study what was removed from the training data as well as what was kept, a question that regulators in several jurisdictions have started to ask model developers directly.

Whether that transparency turns into adoption is another matter. Developers tend to choose models by trying them, and the field moves quickly: a model that is competitive this month can look dated by the next quarter. Northwind says a 14-billion-parameter sibling is already in training and will follow "when it is ready, not before".`,
    heroAlt:
      "Abstract illustration in violet and silver for an article about an open-weights language model: layered translucent planes suggesting stacked neural network layers.",
    heroCaption: "Northwind is publishing its data-filtering code alongside the model weights.",
    heroCredit: "Illustration: Masthead",
    heroHue: 265,
  },

  // ───────────────────────────── 2 ─────────────────────────────
  {
    slug: "seimas-passes-algorithm-register-law",
    title: "Lithuania's Seimas orders public bodies to list every automated decision system",
    standfirst:
      "A short amendment creates a national register of algorithms used by the state. It bans nothing, but campaigners say disclosure has to come first.",
    section: "policy",
    authors: ["jonas-petraitis", "elena-vasquez"],
    tags: ["Regulation", "Europe", "Privacy"],
    daysAgo: 3,
    hour: 14,
    body: `Lithuania's parliament, the Seimas, on Thursday approved an amendment requiring every public body that uses software to make or support decisions about individuals to list that system in an open national register. The vote passed with a comfortable majority after a debate that was, by the standards of technology legislation, remarkably short.

The register will record what each system does, which agency operates it, what data it draws on and whether a human reviews its output before a decision takes effect. Ministries and state agencies have eighteen months to comply; municipalities get an extra year.

## What the law requires

The amendment is deliberately narrow. It does not ban any category of system and it does not create a new regulator. Instead it obliges institutions to publish a short entry for each automated system, covering:

1. the purpose of the system and the legal basis for using it;
2. the categories of personal data it processes;
3. the supplier, if the system was bought rather than built;
4. the point at which a human official can override its output;
5. a contact address for questions and complaints.

Entries must be written in plain Lithuanian, and the explanatory memorandum says a citizen "without technical training" should be able to understand them. Civil servants involved in the drafting have already nicknamed the register *algoritmų žinios*, or "algorithm news", after the old habit of announcing official notices in a state gazette.

![Map of Lithuania with markers for the municipalities that already publish lists of their automated systems](/media/fig-seimas-passes-algorithm-register-law "Municipalities that voluntarily published lists of automated systems before the law passed, according to a civic-tech survey.")

## A civic-tech idea that went national

The proposal grew out of a volunteer project. A few years ago a group of developers in Kaunas began filing freedom-of-information requests with municipalities, asking which automated tools they used for school admissions, social-benefit checks and parking enforcement. The answers were patchy: Šiauliai and Klaipėda replied in detail, while several smaller districts did not reply at all.

Žygimantas Šimkus, one of the group's volunteer coordinators, told Masthead the law was "less than we asked for, but more than we expected".

> "The hardest part was never the technology. It was finding out who inside an agency actually knows that a system exists. A register forces someone to own the answer."

### Where it sits in European law

The amendment is designed to sit alongside the EU's AI Act rather than duplicate it. The European rules concentrate on high-risk systems and place most obligations on providers; the Lithuanian register covers a broader set of tools but asks only for disclosure. Lawyers we spoke to expect other small member states to watch the experiment closely, since [European guidance on public-sector registers](https://example.com/eu/public-sector-registers) encourages such lists without requiring them.

## What happens next

The Ministry of the Economy and Innovation must publish a technical specification for the register within six months. Open questions include whether entries will be machine-readable (civic groups have asked for a JSON export) and how the state will handle systems supplied by vendors who regard their designs as confidential.

Critics in the Seimas argued that the law creates paperwork without any power to stop a harmful system. Supporters answer that visibility has to come first: it is difficult to challenge a decision made by software that nobody has admitted to using.`,
    heroAlt:
      "Abstract illustration in amber and deep green for an article about Lithuania's algorithm register: a grid of small glowing tiles arranged like index cards.",
    heroCaption: "The new register will list automated systems used by Lithuanian ministries, agencies and municipalities.",
    heroCredit: "Illustration: Masthead",
    heroHue: 48,
    comments: [
      {
        by: "nadia",
        text: "Good to see the requirement for plain-language entries. Most registers I have seen elsewhere are written for lawyers, which rather defeats the purpose.",
        hoursAfter: 2,
        replies: [
          {
            by: "ostrava",
            text: "Agreed, although 'plain' is doing a lot of work in that sentence. I'd like to see the ministry test draft entries with actual residents before the specification is final.",
            hoursAfter: 4,
          },
        ],
      },
      {
        by: "kestrel",
        text: "The JSON export matters more than it sounds.\n\nA register that exists only as web pages gets read once by journalists and then forgotten. A machine-readable one lets people build alerts: tell me when my municipality adds a system that touches benefits data. That's how disclosure turns into accountability.",
        hoursAfter: 5,
      },
      {
        by: "juniper",
        text: "Does the register cover systems used by the police? The article doesn't say, and that's where I'd expect the most resistance.",
        hoursAfter: 9,
        replies: [
          {
            by: "marlowe",
            text: "From my reading of the explanatory memorandum, law enforcement is covered but with an exemption for 'operational details'. So you would learn that a system exists, but not how it is configured.",
            hoursAfter: 12,
          },
          {
            by: "juniper",
            text: "That's more than I expected, honestly. Knowing it exists is enough to ask the next question.",
            hoursAfter: 14,
          },
        ],
      },
      {
        by: "fennel",
        text: "For anyone comparing approaches, there's a decent overview of public algorithm registers across European cities here: https://example.org/report. Lithuania would be the first to do it nationally by statute, as far as I can tell.",
        hoursAfter: 26,
      },
    ],
  },

  // ───────────────────────────── 3 ─────────────────────────────
  {
    slug: "rack-scale-liquid-cooling-halcyon",
    title: "Halcyon Compute ships a 130-kilowatt rack built for liquid cooling from day one",
    standfirst:
      "As accelerators pass a kilowatt each, data-centre operators are running out of ways to move heat with air. Halcyon's answer arrives sealed and pre-plumbed.",
    section: "hardware",
    authors: ["tomas-kairys"],
    tags: ["Data centres", "Energy", "Chips"],
    daysAgo: 5,
    hour: 11,
    body: `Halcyon Compute has started shipping a rack designed from the outset for direct-to-chip liquid cooling, a sign that the cooling question in AI data centres has shifted from "whether" to "how fast". The company says its new H-Series rack can remove up to 130 kilowatts of heat, roughly four times the load a well-designed air-cooled rack can handle.

## Why air is running out

Accelerators used for training and serving large models have become steadily more power-hungry. A single top-end card now draws more than a kilowatt under load, and operators want to pack as many as possible into each rack to keep interconnect cables short. Fans and raised floors were never designed for that density.

Liquid cooling is not new (supercomputers have used it for decades), but it has historically required bespoke plumbing. Halcyon's pitch is that its rack arrives as a sealed, pressure-tested unit that connects to a facility's water loop through two quick-release couplings.

![Cutaway diagram of a server rack showing cold plates on each accelerator and a coolant manifold running down the rear](/media/fig-rack-scale-liquid-cooling-halcyon "The H-Series routes coolant through cold plates mounted directly on each accelerator and processor.")

## The numbers

Halcyon published comparison figures from a pilot installation at a colocation site in northern Germany. They are vendor claims, but they show the trade-offs.

| Metric | Air-cooled rack | H-Series rack |
|---|---|---|
| Maximum IT load | 35 kW | 130 kW |
| Accelerators per rack | 16 | 64 |
| Facility PUE (annualised) | 1.42 | 1.14 |
| Fan power as share of IT load | 9% | 2% |
| Water outlet temperature | n/a | 45 °C |

The outlet temperature matters more than it might appear. At 45 °C the warm water is useful for district heating, and the German pilot site already sends its waste heat to a nearby housing estate during the winter months.

### What operators worry about

Conversations with three data-centre engineers, none of whom work for Halcyon, surfaced a consistent set of concerns:

- **Leaks.** A drip inside a rack full of accelerators is expensive. Halcyon uses negative-pressure loops, so a breach draws air in rather than pushing water out.
- **Serviceability.** Swapping a failed card means breaking a coolant connection. The company says its dripless couplings make that a five-minute job; engineers want to see it done at scale, at three in the morning.
- **Floor loading.** A fully populated rack weighs about 1.6 tonnes, more than many older buildings were rated for.
- **Water use.** Closed loops consume little water directly, but the dry coolers on the roof must be sized for increasingly hot summers.

## Market context

Halcyon is one of several suppliers racing to sell liquid-cooled infrastructure before the largest cloud providers standardise on in-house designs. A [market research note](https://example.com/research/liquid-cooling-outlook) estimates that liquid-cooled racks will account for a third of new AI capacity within two years.

For smaller operators the decision is less about efficiency than about whether they can host the newest hardware at all. Several accelerator vendors have signalled that their next generation will not be offered in an air-cooled form, which would leave facilities without liquid loops unable to buy them.`,
    heroAlt:
      "Abstract illustration in cyan and steel blue for an article about liquid-cooled server racks: smooth flowing bands curving around rectangular blocks.",
    heroCaption: "Halcyon's rack connects to a building's water loop through two quick-release couplings.",
    heroCredit: "Illustration: Masthead",
    heroHue: 195,
  },

  // ───────────────────────────── 4 ─────────────────────────────
  {
    slug: "package-registry-signing-becomes-default",
    title: "Quarry package registry makes build signatures the default for every upload",
    standfirst:
      "After two years in which few maintainers opted in, the registry behind the Ferrite language will warn users about any package that cannot prove where it was built.",
    section: "software",
    authors: ["ada-okafor"],
    tags: ["Developer tools", "Open source", "Vulnerabilities"],
    daysAgo: 7,
    hour: 16,
    body: `From next month every new package published to Quarry, the registry that serves the Ferrite programming language's ecosystem, will carry a cryptographic signature linking it to the source repository and build that produced it. Unsigned uploads will still be accepted for a transition period, but package managers will show a warning when installing them.

The change, announced on the registry's [engineering blog](https://example.com/quarry/blog/signing-by-default), follows two years of optional signing that only about 11 per cent of maintainers adopted.

## How the signing works

Quarry is using "keyless" signing, an approach that has become common across package ecosystems. Rather than managing long-lived private keys, a maintainer's build job obtains a short-lived certificate tied to its identity in a continuous-integration service. The signature and certificate are recorded in a public transparency log, so anyone can later check that a given package was built from a given commit.

For most maintainers the change is a single flag. A typical release job looks like this:

\`\`\`yaml
release:
  runs-on: ubuntu-latest
  permissions:
    id-token: write   # lets the job request a signing certificate
    contents: read
  steps:
    - uses: actions/checkout@v4
    - run: quarry build --locked
    - run: quarry publish --sign --provenance
\`\`\`

The \`--provenance\` flag attaches a statement describing the build environment: the repository, the commit hash, the workflow file and the runner image.

## Verification on install

Signing only helps if someone checks. From version 3.2, the \`quarry\` command-line tool verifies signatures when installing and records the result in the lockfile. Teams can tighten the policy in their project settings:

1. \`verify = "warn"\` is the default and prints a notice for unsigned packages;
2. \`verify = "require"\` refuses to install anything without a valid signature;
3. \`verify = "require-provenance"\` additionally insists that the build ran on a public CI service.

### What it does not solve

Security researchers were quick to point out the limits. A signature proves where a package came from, not that its contents are safe. If an attacker compromises a maintainer's repository, or persuades them to merge a malicious pull request, the resulting build will be signed perfectly.

> Provenance tells you who to blame. It does not tell you whether to trust them.

That line, from a response posted by the registry's own security team, captures the mood. Quarry is pairing signing with a separate push to flag packages whose maintainers have not enabled two-factor authentication, and with a scanning service that looks for obfuscated install scripts.

## Reaction from maintainers

Most of the reaction has been positive, but maintainers of large projects raised practical points:

- Projects that build releases on self-hosted machines cannot yet obtain certificates, because the identity provider only trusts hosted CI services.
- Companies that mirror the registry internally will need to copy transparency-log entries as well as the packages themselves.
- Reproducible builds, which would let anyone rebuild a package and compare the output byte for byte, remain a separate and much harder problem.

The registry says support for self-hosted runners is planned for later in the year. In the meantime, the warning period is meant to give maintainers time to adjust their pipelines without breaking anyone's installs.`,
    heroAlt:
      "Abstract illustration in green and off-white for an article about signed software packages: stacked boxes each marked with a small geometric seal.",
    heroCaption: "Quarry will warn users about unsigned packages from next month.",
    heroCredit: "Illustration: Masthead",
    heroHue: 140,
  },

  // ───────────────────────────── 5 ─────────────────────────────
  {
    slug: "phishing-kit-targets-passkey-fallbacks",
    title: "A phishing kit that beats passkeys by talking victims out of using them",
    standfirst:
      "Researchers say the 'Sidestep' kit hides the passkey option on proxied login pages and steers users to weaker fallbacks, then registers a passkey of its own.",
    section: "security",
    authors: ["rahul-menon"],
    tags: ["Vulnerabilities", "Privacy", "Browsers"],
    daysAgo: 9,
    hour: 8,
    correction: {
      daysAfter: 2,
      text: "An earlier version of this article said Tidewater Security had identified 3,400 domains serving the kit. The figure in the firm's report is 340. The article has been amended.",
    },
    body: `Passkeys were meant to make phishing a thing of the past. Because a passkey is cryptographically bound to the website that created it, a fake login page cannot ask a browser to use it. A phishing kit analysed this week by researchers at Tidewater Security, a threat-intelligence firm, shows how attackers are adapting: they no longer try to steal the passkey. They persuade the victim not to use it.

The kit, which Tidewater has named *Sidestep*, is sold as a subscription on criminal forums and comes with templates for more than forty webmail, payroll and cloud-storage services. Its distinguishing feature is a module that quietly removes passkey options from the pages it displays.

## How the attack works

Tidewater's [technical write-up](https://example.com/tidewater/sidestep-analysis) describes a five-step chain:

1. The victim receives an email warning of an "unusual sign-in" and follows a link to a look-alike domain.
2. The kit acts as a reverse proxy, fetching the genuine login page in real time so that branding, language and layout are exactly right.
3. Where the real page would offer "Sign in with a passkey", the kit rewrites the HTML to show an error: *Passkey not available on this device. Try another way.*
4. The victim picks a fallback, usually a password followed by a one-time code sent by text message, and the kit relays both to the real service, capturing the resulting session cookie.
5. Within seconds, the attacker uses the stolen session to register a passkey of their own, so that a later password reset does not lock them out.

The last step is what makes the kit dangerous. Many services treat adding a passkey as a low-risk action that needs no fresh authentication.

## Why fallbacks exist

No major consumer service has yet made passkeys the only way in. Users lose phones, switch operating systems and borrow other people's computers, and support teams are understandably reluctant to strand customers. The result is that an account protected by a passkey is often only as strong as the weakest alternative offered next to it.

> "The passkey held. Everything around the passkey did not. Attackers go where the friction is lowest, and right now that is the recovery menu." — Tidewater Security report

### What defenders can do

Tidewater and other researchers we spoke to suggested changes that services can make without waiting for new standards:

- Let users who have registered a passkey switch off weaker sign-in methods entirely.
- Require an existing passkey, not just a valid session, before a new one can be added.
- Notify users through a separate channel whenever a passkey is registered or removed.
- Bind session cookies to the device that created them, which several browsers now support in trial form, so that a stolen cookie cannot be replayed elsewhere.

## How widespread is it?

Tidewater says it has so far identified 340 domains serving Sidestep pages, most registered within the past two months and hosted behind a handful of content-delivery providers. The company has shared indicators of compromise with the affected services and with domain registrars, and says takedowns are under way.

For users the advice is simple, if imperfect: if a login page that normally offers a passkey suddenly claims it cannot, stop, close the tab and navigate to the site directly rather than trying another method.`,
    heroAlt:
      "Abstract illustration in crimson and charcoal for an article about a phishing kit: a key shape dissolving into scattered pixels beside an open door outline.",
    heroCaption: "The Sidestep kit does not break passkeys; it hides them.",
    heroCredit: "Illustration: Masthead",
    heroHue: 352,
    comments: [
      {
        by: "birch",
        text: "Step five is the one that worries me. I checked three services I use and none of them asked me to re-authenticate before adding a new passkey.",
        hoursAfter: 3,
        replies: [
          {
            by: "quill",
            text: "Same result here. One of them did send an email afterwards, but to the very mailbox an attacker with a stolen webmail session could read and delete.",
            hoursAfter: 5,
          },
        ],
      },
      {
        by: "kestrel",
        text: "Device-bound sessions are the real fix, but adoption will take years.\n\nIn the meantime the cheapest mitigation is a loud notification whenever a passkey is added, ideally pushed to every existing device. It costs almost nothing to build and gives the user a fighting chance to notice.",
        hoursAfter: 8,
      },
      {
        by: "nadia",
        text: "For anyone running a mail gateway: the indicators are in the appendix of the report (https://example.org/report). Blocking the listed hosting ranges caught about a dozen attempts in our organisation last week.",
        hoursAfter: 20,
        replies: [
          {
            by: "marlowe",
            text: "Useful, thanks. Did you see false positives from blocking whole ranges? Some of those providers also host perfectly legitimate sites.",
            hoursAfter: 22,
          },
          {
            by: "nadia",
            text: "A few, mostly marketing newsletters. We switched to blocking the specific hostnames after the first day.",
            hoursAfter: 25,
          },
        ],
      },
      {
        by: "juniper",
        text: "Thanks for the correction on the domain count. 340 is still a lot for a kit that has only been around for a couple of months.",
        hoursAfter: 52,
      },
    ],
  },

  // ───────────────────────────── 6 ─────────────────────────────
  {
    slug: "small-models-beat-large-on-tool-use-benchmark",
    title: "Small models beat larger rivals on a new tool-use benchmark, with caveats",
    standfirst:
      "Relay tests whether models can finish multi-step tasks with real software tools. It rewards careful planning over raw size, and punishes actions that cannot be undone.",
    section: "ai-models",
    authors: ["maya-lindqvist", "rahul-menon"],
    tags: ["Benchmarks", "Open source", "Startups"],
    daysAgo: 12,
    hour: 10,
    updatedHoursAfter: 20,
    body: `A benchmark released this week by a consortium of university labs suggests that, when it comes to using software tools, bigger language models are not automatically better. On *Relay*, which asks models to complete multi-step tasks by calling APIs, editing files and querying databases, two models under 15 billion parameters finished more tasks than systems many times their size.

The results, published as a [preprint with a public leaderboard](https://example.com/relay-bench/leaderboard), have circulated quickly among developers building agent-style applications, where the cost of running a large model at every step adds up fast.

## What Relay measures

Most popular benchmarks test knowledge or reasoning in a single turn. Relay instead drops a model into a sandbox with a set of tools and a goal, such as "find the three customers with overdue invoices and draft a reminder to each". A task counts as complete only if the final state of the sandbox matches the expected one.

The authors built it around three principles:

- **Tasks are verifiable.** Success is checked by comparing database rows and files, not by grading prose.
- **Tools are realistic.** The sandbox includes a calendar, a spreadsheet engine, an email outbox and a small SQL database, each with documentation the model has to read.
- **Mistakes are costly.** Some tools have side effects that cannot be undone, so a model that acts before it checks is penalised.

## The results

| Model | Parameters | Tasks completed | Tool calls per task | Irreversible errors |
|---|---|---|---|---|
| Quillfeather Q-12 | 12B | 61% | 7.4 | 3 |
| Marram 14B | 14B | 57% | 8.1 | 5 |
| Commercial system A | undisclosed | 55% | 11.9 | 14 |
| Commercial system B | undisclosed | 49% | 13.2 | 9 |
| Scripted baseline | n/a | 22% | 6.0 | 0 |

The two commercial systems are anonymised because, the authors say, their providers' terms restrict publishing named benchmark results.

![Scatter plot of task completion rate against model size, showing no clear upward trend above 15 billion parameters](/media/fig-small-models-beat-large-on-tool-use-benchmark "Task completion on Relay plotted against parameter count. Commercial systems are shown at estimated sizes.")

The larger systems did not misunderstand the tasks. Their problem, the authors argue, was impatience: they called tools before reading the documentation and made far more irreversible errors, such as emailing the wrong recipient or deleting a row that was needed later.

### Why the small models did well

Both leading models were fine-tuned on tool-use transcripts, and both are trained to write a short plan before their first action. The authors suspect that this training, rather than size, explains most of the gap.

> "Relay is not evidence that scale doesn't matter. It is evidence that behaviour matters more than we assumed for this kind of work." — from the Relay preprint

## Caveats

Benchmarks are easy to over-read, and this one is new:

1. Relay has 412 tasks, enough to separate models with large differences but not small ones; reported confidence intervals are about four percentage points.
2. The commercial systems were tested through public APIs with default settings. Their vendors may argue that other prompts would help.
3. Quillfeather, whose model tops the table, sponsors one of the participating labs. The authors say it had no access to the tasks before publication.

**Update, 20 hours after publication:** One of the anonymised vendors has submitted a run using its recommended agent prompt. It completed 63% of tasks, the highest score so far, but still recorded eleven irreversible errors. The table above shows the original release; the leaderboard now lists the new run separately.`,
    heroAlt:
      "Abstract illustration in orange and slate for an article about a tool-use benchmark for AI models: small geometric shapes passing a baton-like bar along a track.",
    heroCaption: "Relay checks the final state of a sandbox rather than grading a model's prose.",
    heroCredit: "Illustration: Masthead",
    heroHue: 30,
    comments: [
      {
        by: "ostrava",
        text: "The irreversible-errors column is the most useful thing in this piece. For agent work I care far more about a model that doesn't send the wrong email than one that completes a few more tasks.",
        hoursAfter: 4,
        replies: [
          {
            by: "fennel",
            text: "Exactly. I'd love to see a composite score that weights those errors heavily. Even a crude 'completion minus five points per irreversible error' would reshuffle the table completely.",
            hoursAfter: 6,
          },
        ],
      },
      {
        by: "quill",
        text: "Credit for putting the sponsorship point in the article rather than leaving readers to dig it out. Benchmarks funded by the winner aren't automatically wrong, but they do need independent reruns before anyone cites them.",
        hoursAfter: 15,
      },
      {
        by: "marlowe",
        text: "Interesting that the vendor's recommended prompt lifted completion to 63% but barely dented the error count.\n\nThat suggests prompting fixes planning but not caution. Caution seems to need training.",
        hoursAfter: 23,
      },
    ],
  },

  // ───────────────────────────── 7 ─────────────────────────────
  {
    slug: "trade-rules-on-accelerator-exports-tighten",
    title: "EU ministers agree tighter licensing for exports of AI accelerators",
    standfirst:
      "A revised annex to the dual-use rules adds tests for bulk shipments, chip-to-chip bandwidth and cloud rentals, closing what officials call a 'split-shipment' loophole.",
    section: "policy",
    authors: ["elena-vasquez"],
    tags: ["Regulation", "Chips", "Europe"],
    daysAgo: 14,
    hour: 13,
    body: `European governments have agreed to tighten licensing rules for exports of high-performance AI accelerators, closing what officials describe as a loophole that allowed chips to be shipped in small batches to avoid scrutiny. The change, agreed by trade ministers on Tuesday, revises the technical annex of the EU's dual-use export regulation and takes effect after a 60-day notice period.

## What changes

Until now, licensing thresholds applied device by device, based on peak performance. The revised annex adds further tests: an aggregate measure for shipments, a bandwidth criterion aimed at chips built to be linked into large clusters, and a notification duty for cloud rentals.

| Criterion | Previous rule | New rule |
|---|---|---|
| Per-device performance | Licence above the set threshold | Unchanged |
| Aggregate shipments | Not assessed | Licence if one end user receives more than 50 times the threshold within 12 months |
| Chip-to-chip bandwidth | Not assessed | Licence above 600 GB/s per device |
| Cloud access to controlled chips | Guidance only | Notification above a quarterly usage cap for customers outside partner countries |

The cloud provision is the most novel. EU-based providers that rent controlled accelerators to customers outside a list of partner countries will have to notify their national authority once a single customer's use passes a set number of accelerator-hours per quarter.

## Who is affected

Few European companies design leading-edge accelerators, but the rules still reach deep into the industry:

- **Server builders and distributors**, which resell chips inside complete systems, will need to track cumulative shipments per customer.
- **Cloud and colocation providers** must add usage monitoring and a reporting process.
- **Research institutions** that share clusters with foreign partners may need licences for the first time.

Industry groups have warned about compliance costs. An association representing European server builders said in a statement that the aggregate rule "turns every sales team into an export-control office" and asked for an exemption for small orders.

### Why now

Officials point to enforcement cases in which controlled chips were split into small consignments and routed through intermediaries. Several member states had pushed for a common approach rather than a patchwork of national rules, and the revision is partly an attempt to stop exporters shopping for the most lenient national authority.

> The aim, according to a diplomat involved in the negotiations who spoke on condition of anonymity, is "one door, one set of locks" for the whole single market.

## What to watch

The regulation leaves important details to implementing guidance, which the Commission has promised within three months. Three questions will decide how burdensome the rules turn out to be:

1. How "end user" is defined for cloud customers who resell capacity to others.
2. Whether accelerator-hours will be measured consistently across providers.
3. How quickly national authorities can process the expected surge in licence applications.

Companies that want to get ahead of the change can find the consolidated text and a draft FAQ on the [Council's document register](https://example.com/eu/dual-use-annex-update). Lawyers advise starting with an inventory of customers outside partner countries, because that is where the notification duty will bite first.`,
    heroAlt:
      "Abstract illustration in cobalt and pale yellow for an article about export rules for AI chips: square chip outlines passing through a row of narrow gates.",
    heroCaption: "The revised annex adds tests for bulk shipments and cloud rentals of controlled chips.",
    heroCredit: "Illustration: Masthead",
    heroHue: 215,
  },

  // ───────────────────────────── 8 ─────────────────────────────
  {
    slug: "quantum-error-correction-milestone-vireo",
    title: "Vireo Quantum reports a logical qubit that improves as it grows, and raises €140m",
    standfirst:
      "Error rates fell each time the Danish start-up enlarged its error-correcting code. Outside physicists call it an entry ticket rather than a destination.",
    section: "hardware",
    authors: ["maya-lindqvist"],
    tags: ["Quantum", "Chips", "Funding"],
    daysAgo: 17,
    hour: 15,
    body: `Vireo Quantum, a start-up spun out of a Danish university lab, says it has demonstrated a logical qubit whose error rate falls as more physical qubits are added to protect it, the behaviour quantum computing needs before it can be useful at scale. The company has also closed a €140 million funding round to build a larger machine.

## Why this result matters

Qubits are fragile. Heat, stray electromagnetic fields and tiny imperfections in the chip all cause errors, and today's devices make mistakes far too often to run long calculations. The accepted remedy is error correction: spreading one *logical* qubit across many *physical* ones, so that errors can be detected and fixed faster than they accumulate.

The catch is that adding qubits also adds places for errors to creep in. Error correction only pays off once the physical qubits are good enough, below a so-called threshold error rate. Above it, bigger codes make things worse.

Vireo's claim is that its chip is comfortably below that threshold. In a [preprint](https://example.com/vireo/preprint-logical-qubits), the team reports:

1. a logical error rate of 0.31% per correction cycle using a 17-qubit code;
2. 0.14% per cycle with a 49-qubit code;
3. 0.07% per cycle with a 97-qubit code.

Each step roughly halves the error rate, consistent with theory.

![Line chart showing the logical error rate per cycle falling as the error-correcting code grows from 17 to 97 qubits](/media/fig-quantum-error-correction-milestone-vireo "Logical error rate per correction cycle at three code sizes, as reported in Vireo's preprint.")

## How it was done

### A different qubit

Most superconducting processors use transmon qubits. Vireo instead uses a circuit design in which certain kinds of error are strongly suppressed by the physics, leaving mostly one type of error to correct. That asymmetry lets the company use a code tailored to the dominant error, which needs fewer checks per cycle.

### Faster decoding

Error correction requires an ordinary computer to interpret measurement results and decide which corrections to apply, within microseconds, every cycle. Vireo built its decoder on a custom FPGA board sitting next to the cryostat, which it says keeps pace with the chip's 1.1-microsecond cycle time.

## Caveats from outside experts

Researchers not involved in the work welcomed the result but stressed its limits:

- The experiment protected a single logical qubit storing information; it did not perform operations between two logical qubits, which is considerably harder.
- The preprint has not yet been peer reviewed.
- Scaling to thousands of logical qubits will require wiring and cooling that no company has yet demonstrated.

> "Below-threshold memory is the entry ticket, not the destination. The next milestone is a logical gate that beats the physical gate it is made from," said a physicist who reviewed the preprint for Masthead.

## The money

The funding round was led by a European deep-tech fund, with participation from two national development banks. Vireo says it will use the money to build a 1,000-physical-qubit system in a new facility near Copenhagen and to double its engineering staff. The company declined to give a valuation or a date for the first paying customers.`,
    heroAlt:
      "Abstract illustration in purple and teal for an article about quantum error correction: a lattice of dots with a few highlighted and linked by thin lines.",
    heroCaption: "Vireo's error rate roughly halved each time it enlarged its code.",
    heroCredit: "Illustration: Masthead",
    heroHue: 285,
  },

  // ───────────────────────────── 9 ─────────────────────────────
  {
    slug: "rust-image-decoder-ships-in-meridian-browser",
    title: "Meridian browser swaps its C++ image decoders for a memory-safe rewrite",
    standfirst:
      "The new Rust library handles PNG, GIF and WebP, and it is faster than the code it replaces for the most common format.",
    section: "software",
    authors: ["jonas-petraitis"],
    tags: ["Browsers", "Developer tools", "Vulnerabilities"],
    daysAgo: 19,
    hour: 12,
    body: `The Meridian browser has replaced the C++ code it used to decode PNG, GIF and WebP images with a new library written in Rust, becoming the latest browser to move the parsing of untrusted files into a memory-safe language. The change ships in version 128, released on Tuesday, and is enabled for all users.

## Why image decoders

Image decoders are a favourite target for attackers. They process complex binary formats supplied by any website, and historically they have been written in C or C++ for speed. A single out-of-bounds write in a decoder can be enough to take over a browser's rendering process, and several serious exploits of recent years began with a malformed image.

Meridian's security team says memory-safety bugs accounted for 68% of the high-severity vulnerabilities reported in its image code over the past five years.

![Stacked bar chart of high-severity vulnerabilities in Meridian's image code by year, split into memory-safety bugs and other bugs](/media/fig-rust-image-decoder-ships-in-meridian-browser "High-severity bugs in Meridian's image decoding code over five years, by category.")

## What changed

The new library, called \`pictor\`, is open source and usable outside the browser. Its authors made a few choices worth noting:

- **No \`unsafe\` in the parsers.** The format-parsing code contains no \`unsafe\` blocks; the small amount that exists is confined to SIMD routines for colour conversion.
- **Streaming by design.** Decoders consume input incrementally, so a large image can start rendering before it has fully downloaded.
- **Explicit limits.** Every decoder takes a limits object, so a hostile file cannot request a 100,000 by 100,000 pixel canvas.

The limits API is short:

\`\`\`rust
use pictor::{Decoder, Limits};

let limits = Limits::default()
    .max_width(16_384)
    .max_height(16_384)
    .max_alloc_bytes(512 * 1024 * 1024);

let mut decoder = Decoder::new_png(reader, limits)?;
let frame = decoder.next_frame()?;
\`\`\`

### Performance

Rewrites often carry a speed penalty. Meridian's benchmarks suggest the opposite here: the Rust PNG decoder is on average 9% faster than the code it replaces, largely because it decompresses and unfilters rows in parallel. WebP decoding is about 4% slower, a gap the team expects to close before the next release.

## What the rest of the industry is doing

Meridian is not alone. Other browsers have rewritten font parsers and parts of their networking stacks in memory-safe languages, and operating-system vendors have moved media codecs into tightly sandboxed processes. The approaches are complementary: sandboxing limits the damage when a bug is exploited, while a memory-safe language prevents whole classes of bug from existing in the first place.

> "We are not trying to rewrite the browser. We are trying to rewrite the parts that touch the internet first." — from the Meridian team's [announcement](https://example.com/meridian/blog/pictor)

The team says JPEG and AVIF decoders are next, followed by the code that parses ICC colour profiles. Developers who embed Meridian's engine can opt out for now with the \`--legacy-image-decoders\` flag, which will be removed in version 132.`,
    heroAlt:
      "Abstract illustration in red-orange and cream for an article about a browser's new image decoder: a mosaic of square tiles being reassembled by thin mechanical arms.",
    heroCaption: "Meridian's new decoders are written in Rust and run in every release channel.",
    heroCredit: "Illustration: Masthead",
    heroHue: 12,
    comments: [
      {
        by: "fennel",
        text: "Good to see explicit allocation limits in the API itself. That's the part that usually gets bolted on after the first denial-of-service report.",
        hoursAfter: 2,
      },
      {
        by: "kestrel",
        text: "68% is in line with what other projects have reported. I'd be curious how many of the remaining 32% were logic bugs that a rewrite could just as easily reintroduce.",
        hoursAfter: 6,
        replies: [
          {
            by: "birch",
            text: "A rewrite can certainly introduce new logic bugs. The difference is whether they're exploitable for code execution, and in safe Rust that's much rarer. Usually you get a panic or a wrongly rendered image rather than a compromise.",
            hoursAfter: 9,
          },
        ],
      },
      {
        by: "juniper",
        text: "As a web developer my main worry was rendering differences: gamma handling, odd palette PNGs, that sort of thing.\n\nI ran our visual regression suite against the beta and found two differences in about 4,000 screenshots, both in images that were arguably broken to begin with. Reassuring.",
        hoursAfter: 30,
        replies: [
          {
            by: "quill",
            text: "Matches my experience. Did you report the two cases? The team has been quick to respond on their tracker.",
            hoursAfter: 33,
          },
          {
            by: "juniper",
            text: "Filed both. One is already marked as a spec-compliance fix, so the old behaviour was the wrong one all along.",
            hoursAfter: 36,
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 10 ─────────────────────────────
  {
    slug: "supply-chain-backdoor-in-build-plugin",
    oldSlugs: ["plugin-backdoor-found-in-build-tool"],
    title: "Backdoored Cinder build plugin stole cloud credentials for nine days",
    standfirst:
      "An attacker took over a dormant maintainer account through an expired email domain and shipped three malicious releases of a widely used plugin.",
    section: "security",
    authors: ["ada-okafor", "tomas-kairys"],
    tags: ["Vulnerabilities", "Open source", "Developer tools"],
    daysAgo: 22,
    hour: 18,
    body: `A popular plugin for the Cinder build system was modified to steal cloud credentials from developers' machines and CI servers, its maintainers confirmed on Friday. The malicious code was present in three releases published over nine days and was downloaded roughly 48,000 times before it was removed.

The plugin, \`cinder-env-loader\`, reads configuration from \`.env\` files and makes it available to build scripts. That role gave it natural access to exactly the secrets an attacker would want.

## What happened

According to a [post-incident report](https://example.com/cinder/security/env-loader-incident) published by the maintainers, the attacker gained publishing rights after taking over a long-dormant co-maintainer account. The account's email address belonged to a domain that had expired and been re-registered by a third party, who then used a password reset to take control.

The maintainers reconstructed the sequence as follows:

1. The attacker re-registered the expired domain and set up mail for it.
2. A password reset gave them the co-maintainer's registry account, which had never enabled two-factor authentication.
3. They published version 4.8.2 with a small change to the post-install script.
4. Two further releases, 4.8.3 and 4.9.0, refined the payload and added obfuscation.
5. A scanner at a downstream company flagged unusual outbound traffic from a build job, and the maintainers were alerted.

### Affected versions

| Version | Published | Malicious | Status |
|---|---|---|---|
| 4.8.1 | Before the incident | No | Safe |
| 4.8.2 | Day 1 | Yes | Removed |
| 4.8.3 | Day 4 | Yes | Removed |
| 4.9.0 | Day 8 | Yes | Removed |
| 4.9.1 | After the incident | No | Safe, rebuilt from audited source |

## What the payload did

The post-install script searched environment variables and common file locations for cloud credentials, registry tokens and SSH keys, then sent them, base64-encoded, to an endpoint disguised as a telemetry service. It ran only when it detected a CI environment or a machine with more than one cloud profile configured, apparently to avoid drawing attention on casual installs.

## What to do if you used it

The maintainers recommend checking lockfiles for the affected versions first:

\`\`\`sh
# list every locked version of the plugin in this repository
grep -rn "cinder-env-loader" --include="*.lock" .

# or ask the package manager why it is installed
cinder deps why cinder-env-loader
\`\`\`

If an affected version appears, the maintainers advise:

- rotating every credential the machine or job could reach, not only those stored in \`.env\` files;
- reviewing cloud audit logs for activity from unfamiliar addresses since the install date;
- upgrading to 4.9.1, or pinning 4.8.1 until the upgrade can be tested.

The report is blunt about the limits of cleaning up:

> Deleting the bad version is the easy part. The credentials it took are still out there until you rotate them.

## The expired-domain problem

Security researchers have warned for years that maintainer accounts tied to lapsed domains are an easy way in. Some registries now check periodically whether maintainers' email domains have changed hands, but the Cinder plugin index was not among them. Its operators said this week that they will require two-factor authentication for every account with publishing rights to packages above a download threshold, and will suspend publishing from accounts whose email domains have been re-registered until the owner verifies again.`,
    heroAlt:
      "Abstract illustration in magenta and graphite for an article about a compromised build plugin: interlocking pipe segments with one segment glowing a different colour.",
    heroCaption: "The malicious releases were live for nine days before a downstream scanner raised the alarm.",
    heroCredit: "Illustration: Masthead",
    heroHue: 330,
    comments: [
      {
        by: "ostrava",
        text: "The expired-domain route keeps coming up. Registries should simply freeze publishing when a maintainer's domain changes hands and require re-verification.",
        hoursAfter: 3,
        replies: [
          {
            by: "marlowe",
            text: "Detecting a change of hands is harder than it sounds, because most registration data is redacted now. Expiry followed by a fresh registration date is probably the best signal available.",
            hoursAfter: 5,
          },
        ],
      },
      {
        by: "quill",
        text: "We were caught by this. Our build cache held 4.8.3 for six days. Rotating everything took the better part of two days, mostly because nobody had a complete list of which credentials the CI runners could see.\n\nIf there is one lesson: write that list before you need it.",
        hoursAfter: 12,
      },
      {
        by: "birch",
        text: "Thanks for the versions table. I've shared it with our platform team as the quickest clear summary anywhere.",
        hoursAfter: 40,
      },
    ],
  },

  // ───────────────────────────── 11 ─────────────────────────────
  {
    slug: "warehouse-robots-learn-from-video-pretraining",
    title: "Tallowfield's warehouse robots learn new products in hours after watching video",
    standfirst:
      "The Lisbon start-up pre-trains its picking arms on thousands of hours of footage of people handling objects, and has raised €38m to scale up.",
    section: "ai-models",
    authors: ["ada-okafor"],
    tags: ["Robotics", "Startups", "Funding"],
    daysAgo: 25,
    hour: 7,
    body: `Tallowfield Robotics, a Lisbon start-up building picking arms for warehouses, says it has cut the time needed to teach its robots a new product line from weeks to under a day by pre-training their control models on thousands of hours of ordinary video. The company announced a €38 million Series A round alongside the results.

## Learning by watching

Robot learning has long been limited by data. Language models can be trained on text gathered from the web, but robots have traditionally learned from demonstrations recorded on the robot itself, which are slow and expensive to collect. A single tricky item, such as a soft pouch that deforms when gripped, might need hundreds of them.

Tallowfield's approach is to first train a model on video of people handling objects: packing boxes, stacking shelves, sorting parcels. The model learns to predict what happens next in a scene, which pushes it to build an internal sense of how objects move, topple and squash. Only then is it fine-tuned on a much smaller set of robot demonstrations.

![Diagram showing three training stages: video pre-training, practice in simulation, and fine-tuning on robot demonstrations](/media/fig-warehouse-robots-learn-from-video-pretraining "Tallowfield's three-stage training pipeline, as described by the company.")

The company describes three stages:

1. **Video pre-training** on around 9,000 hours of licensed footage from logistics partners and public datasets, with faces blurred before processing.
2. **Simulation**, where the model practises grasps in a physics engine with randomised object shapes, textures and lighting.
3. **Fine-tuning** on 50 to 200 real demonstrations for each new product category.

## Results in a live warehouse

In a four-week trial at a logistics site near Porto, Tallowfield says its arms reached a 97.2% pick success rate on a catalogue of about 2,300 items, including bagged clothing and blister packs that have troubled earlier systems. New items added during the trial reached 95% success after an average of 90 minutes of demonstrations.

### What the numbers leave out

Those figures come from the company and have not been independently audited. Warehouse operators we spoke to said pick rates are only part of the picture:

- **Throughput.** A robot that succeeds 97% of the time but works at half a person's speed may not pay for itself. Tallowfield says its arms average about 600 picks an hour but gave no figure for the trial site.
- **Recovery.** What happens after a failed pick, whether the robot retries or calls a human, matters as much as the failure rate.
- **Mixed bins.** Trials often use bins holding a single product type; real orders are messier.

> "Every demo looks good in the demo. Show me the week the supplier changes the packaging," said the operations manager of a warehouse that is evaluating several picking systems.

## The funding

The Series A was led by a Lisbon venture firm, with participation from the logistics group that runs the trial warehouse. Tallowfield plans to grow from 40 to about 110 staff and to begin commercial deployments in Iberia and the Benelux next year, using a leasing model that charges per successful pick rather than per robot.

Video-first training is becoming common among robotics start-ups, but whether it generalises beyond warehouses, to kitchens or hospitals where tasks are less repetitive, remains an open research question. Tallowfield says it is not yet trying to answer it.`,
    heroAlt:
      "Abstract illustration in lime and dark olive for an article about warehouse robots: a stylised jointed arm outline above a grid of small rounded boxes.",
    heroCaption: "Tallowfield trains its picking arms on video before they touch a real product.",
    heroCredit: "Illustration: Masthead",
    heroHue: 95,
    comments: [
      {
        by: "nadia",
        text: "Charging per successful pick is clever. It moves the risk of the failure rate onto the vendor, which is exactly where a buyer wants it.",
        hoursAfter: 4,
        replies: [
          {
            by: "ostrava",
            text: "Until you read the contract's definition of 'successful'. I'd want to know who decides when a pick counts, and whether a damaged item is still a success.",
            hoursAfter: 7,
          },
        ],
      },
      {
        by: "fennel",
        text: "The face-blurring detail is welcome, but licensed warehouse footage still shows workers who never agreed to train a robot that may one day replace them.\n\nI'd like to know what, if anything, those workers were told.",
        hoursAfter: 15,
      },
      {
        by: "kestrel",
        text: "The 90-minute onboarding figure is the real headline. Warehouses change their product ranges constantly; weeks of retraining per item was the barrier, not raw pick rates.",
        hoursAfter: 28,
      },
    ],
  },

  // ───────────────────────────── 12 ─────────────────────────────
  {
    slug: "procurement-guidance-for-public-sector-ai",
    title: "European buyers publish shared rules for procuring AI, aiming to let start-ups compete",
    standfirst:
      "Procurement officials from eleven countries want tenders that describe problems rather than products, and contracts that make it easy to leave.",
    section: "policy",
    authors: ["jonas-petraitis"],
    tags: ["Regulation", "Europe", "Startups"],
    daysAgo: 28,
    hour: 17,
    body: `A group of European public procurement agencies has published shared guidance for buying AI systems, aiming to make it easier for smaller suppliers to compete for government contracts while giving buyers more leverage over the vendors they pick. The guidance is voluntary, but several national agencies have said they will use it as the default template for tenders from the start of next year.

## What the guidance says

The 60-page document, produced by a working group of procurement officials from eleven countries, is organised around the lifecycle of a contract rather than around technology. Its core recommendations are:

1. **Define the problem, not the product.** Tenders should describe the outcome the agency wants, such as shorter processing delays or faster triage, rather than asking for "an AI system".
2. **Evaluate on the buyer's data.** Suppliers should be tested on a sample of the agency's own anonymised cases, not only on their published benchmarks.
3. **Keep the exit open.** Contracts should guarantee that data, configurations and outputs can be exported in documented formats when the contract ends.
4. **Pay in stages.** Payment should be tied to milestones, with an option to stop after a pilot without penalty.
5. **Plan for oversight.** Buyers should budget for staff who can monitor the system in operation, rather than treating it as a one-off purchase.

## Opening the door to smaller suppliers

A recurring complaint from start-ups is that public tenders demand years of trading history, large insurance policies and references from comparable contracts, requirements that favour incumbents. The guidance suggests proportionate alternatives, such as accepting a funded pilot in place of references and splitting large contracts into smaller lots.

> "If a tender can only be won by the three companies that won the last one, it is not a competition." — from the guidance's foreword

Start-up associations welcomed the change. The founder of a company that sells document-processing tools to municipalities said the evaluation rule mattered most because "it replaces a beauty contest with a test".

### Relationship to the AI Act

The guidance is explicitly designed to help agencies meet their obligations as deployers under the EU's AI Act. It includes model clauses requiring suppliers to hand over technical documentation, logs and information about known limitations, material a public body needs if it is to carry out its own risk assessment.

### What is missing

Critics point to several gaps:

- There is no common approach to usage-based pricing, which can make costs hard to forecast over a contract's life.
- The document says little about AI features bundled into larger software suites, where they may not be priced separately.
- Advice on open-source options is brief, despite interest from several governments in avoiding dependence on a single vendor.

## Next steps

The working group has opened a [public consultation](https://example.com/procurement/ai-guidance-consultation) on a second edition, due next autumn, and is asking agencies to submit anonymised tender documents so that future versions can include worked examples. It is also assembling a shared library of evaluation datasets, starting with document classification and call-centre triage, so that smaller agencies do not have to build their own test sets from scratch.`,
    heroAlt:
      "Abstract illustration in turquoise and sand for an article about public procurement of AI: overlapping document shapes with a checklist pattern.",
    heroCaption: "The guidance asks tenders to describe the problem an agency wants solved.",
    heroCredit: "Illustration: Masthead",
    heroHue: 175,
  },

  // ───────────────────────────── 13 ─────────────────────────────
  {
    slug: "pooled-memory-startup-raises-series-b",
    title: "Coppice Systems raises €72m to pool server memory across the rack",
    standfirst:
      "The Dublin start-up's CXL switches let servers borrow memory they need and hand it back when they are done, attacking the problem of 'stranded' capacity.",
    section: "hardware",
    authors: ["tomas-kairys"],
    tags: ["Data centres", "Funding", "Chips", "Startups"],
    daysAgo: 31,
    hour: 9,
    body: `Coppice Systems, a Dublin start-up that builds hardware for sharing memory between servers, has raised €72 million in a Series B round. The company makes switches and controller cards based on CXL, an interconnect standard that lets processors reach memory attached elsewhere in a rack almost as if it were local.

## The problem it is solving

In a typical data centre every server has its own fixed allocation of memory, sized for its worst-case workload. Much of the time a large share of it sits idle. Operators have long estimated that between a quarter and a half of installed memory is "stranded": paid for and powered, but unused.

Memory is one of the most expensive parts of a modern server, and AI inference has sharpened the problem. Large models need enormous amounts of memory to hold weights and working state, but demand swings through the day.

Compute Express Link (CXL) allows a pool of memory to sit in a separate chassis and be assigned to servers on demand. When one machine needs more, it borrows; when it is finished, the memory returns to the pool.

![Diagram showing four servers connected through a switch to a shared chassis of memory modules](/media/fig-pooled-memory-startup-raises-series-b "A simplified pooled-memory rack: servers borrow capacity from a shared chassis through a CXL switch.")

## What Coppice sells

The company offers three products:

- a 32-port CXL switch designed for a single rack;
- a memory expansion chassis holding up to 24 TB of standard DDR5 modules;
- orchestration software that assigns memory to servers and reclaims it when workloads finish.

It says early customers, two European cloud providers and a genomics research institute, have reduced the memory they need to buy by around 30%.

| Configuration | Memory installed | Average utilisation | Memory cost per rack (index) |
|---|---|---|---|
| Fixed per-server allocation | 48 TB | 41% | 100 |
| Pooled with Coppice | 34 TB | 66% | 74 |

*Figures supplied by Coppice from one customer deployment; not independently verified.*

## The trade-offs

### Latency

Memory reached over CXL is slower than memory on the same motherboard. Coppice quotes about 250 nanoseconds of added latency per access, roughly double the local figure. For many workloads that is acceptable; for latency-sensitive databases it may not be. The orchestration software lets operators mark which applications may use pooled memory and which must stay local.

### Blast radius

Sharing memory across servers creates new failure modes. If a switch fails, every server using pooled memory through it is affected. Coppice uses redundant switches and says servers fall back to local memory, but engineers we spoke to want to see how that behaves during real outages rather than planned tests.

## The funding

The round was led by a US growth investor, with participation from existing backers and the venture arm of a memory manufacturer. Coppice will use the money to move from pilot deployments to volume production and to double its 85-person team. It expects its next-generation switch, supporting the newest version of the CXL specification, to reach customers for sampling next year.`,
    heroAlt:
      "Abstract illustration in indigo and light blue for an article about pooled server memory: parallel bars flowing from several small blocks into one large shared block.",
    heroCaption: "Coppice's switches let servers in a rack share one pool of memory.",
    heroCredit: "Illustration: Masthead",
    heroHue: 230,
  },

  // ───────────────────────────── 14 ─────────────────────────────
  {
    slug: "terminal-editor-adds-local-model-completions",
    title: "Sedge, the minimalist terminal editor, adds AI completions that never leave your machine",
    standfirst:
      "Version 0.19 ships an on-device code model, switched off by default, with a status-bar warning whenever a remote provider is in use.",
    section: "software",
    authors: ["elena-vasquez"],
    tags: ["Developer tools", "Privacy", "Open source"],
    daysAgo: 35,
    hour: 19,
    body: `Sedge, the open-source terminal text editor known for its speed and its minimalism, has added code completions powered by a language model, with a condition its users insisted on. The model runs entirely on the user's machine, and no code leaves it unless the user explicitly configures a remote provider.

Version 0.19, released on Sunday, makes the feature available but switched off by default. The maintainers say that was never up for negotiation.

## How it works

When enabled, Sedge starts a small background process that loads a compact code model (the default has 1.5 billion parameters, quantised to 4 bits) and offers inline suggestions as the user types. Suggestions appear in a dimmed colour and are accepted with \`Tab\`.

Configuration lives in the editor's existing settings file:

\`\`\`toml
[completion]
enabled = true
provider = "local"
model = "~/.local/share/sedge/models/coder-1.5b-q4.gguf"
max_tokens = 64
debounce_ms = 120

[completion.privacy]
# never send buffers matching these globs to any provider
exclude = ["**/.env", "**/secrets/**", "*.pem"]
\`\`\`

Users who prefer a hosted model can point \`provider\` at a remote endpoint, but the editor then shows a persistent indicator in the status bar for as long as the remote provider is active.

## The privacy argument

The design reflects a long-running debate in the project's community. When the maintainers first floated completions, the discussion thread drew more than 600 comments, many from developers who work on proprietary or regulated code and are not allowed to send it to third-party services.

> "For a lot of our users the question is not whether the model is good. It is whether their employer will let them switch it on." — from the [0.19 release notes](https://example.com/sedge/releases/0-19)

The resulting principles, set out in the project's design document, are:

1. Off by default, with no prompts nagging users to enable it.
2. Local first: the default provider must work offline.
3. Visible remote use: any network provider is shown in the interface at all times.
4. Exclusions honoured everywhere, including files opened through plugins.

## How good is it?

Local models are far smaller than the hosted systems behind commercial coding assistants, and the difference shows. In our testing on a recent laptop, suggestions appeared within about 150 milliseconds and were useful for boilerplate: closing brackets, repetitive test cases, obvious loop bodies. They were much less helpful for anything that needed knowledge of other files, since the default context is limited to the open buffer.

### Resource use

The background process used around 1.2 GB of memory and noticeable CPU while typing. On battery, the maintainers suggest raising \`debounce_ms\` so the model runs less often. Machines with a supported GPU can offload the model, which roughly halves latency.

## What comes next

Multi-file context is the most requested feature, but the maintainers want to design it so that users can see exactly which files are being read. A plugin interface for alternative local runtimes is also planned, so that people can swap in their preferred inference engine without waiting for the core team.`,
    heroAlt:
      "Abstract illustration in sea green and black for an article about a terminal text editor: rows of monospaced blocks with a faint ghosted row beneath the cursor.",
    heroCaption: "Sedge's completions run on a local model unless users choose otherwise.",
    heroCredit: "Illustration: Masthead",
    heroHue: 160,
    comments: [
      {
        by: "marlowe",
        text: "Off by default, and a visible indicator whenever a remote provider is active. This is how every editor should handle it.",
        hoursAfter: 1,
        replies: [
          {
            by: "juniper",
            text: "Agreed, though I'd go one step further: ship the exclude list pre-filled. Most people won't think to add *.pem until it's too late.",
            hoursAfter: 3,
          },
        ],
      },
      {
        by: "birch",
        text: "150 ms on a laptop is better than I expected for a local model. Does anyone know what hardware that was measured on?",
        hoursAfter: 10,
        replies: [
          {
            by: "quill",
            text: "Can't speak for the reviewer, but on my two-year-old laptop I see closer to 250 ms with the default model. Still perfectly usable for boilerplate.",
            hoursAfter: 14,
          },
        ],
      },
      {
        by: "nadia",
        text: "I work in a hospital IT department, and this is the first assistant feature I could realistically get approved.\n\nThe exclusion globs are a nice touch, but our auditors will want a way to enforce them centrally rather than trusting every user's config file. Hoping that comes later.",
        hoursAfter: 26,
      },
      {
        by: "ostrava",
        text: "For comparison, there's a useful survey of how editors handle telemetry and AI opt-ins at https://example.org/report. Sedge would land near the top of it.",
        hoursAfter: 48,
      },
    ],
  },

  // ───────────────────────────── 15 ─────────────────────────────
  {
    slug: "router-firmware-flaw-exposes-admin-panels",
    title: "Router firmware flaw leaves admin pages open over IPv6 on 190,000 devices",
    standfirst:
      "Switching off remote management only blocks IPv4 on routers built on Brightlink's firmware, researchers say. Most affected brands have not responded.",
    section: "security",
    authors: ["rahul-menon"],
    tags: ["Vulnerabilities", "Privacy"],
    daysAgo: 44,
    hour: 6,
    body: `A flaw in firmware shared by several brands of home and small-office routers leaves their administration pages reachable from the internet, even when the owner has switched remote management off. Researchers at Saltmarsh Labs, who disclosed the issue on Monday, say internet-wide scans found about 190,000 exposed devices.

The affected routers are sold under at least six brand names but are built on the same firmware from Brightlink, a contract manufacturer that supplies hardware and software to retailers and internet providers.

## What is wrong

The problem lies in how the firmware applies its firewall rules. When a user disables remote management, the router adds a rule blocking outside access to its web interface, but only for IPv4 traffic. On networks where the provider assigns IPv6 addresses, now the norm in much of Europe and Asia, the administration page stays reachable on the router's public IPv6 address.

Combined with default passwords that many owners never change, the result is a device a stranger can reconfigure. Saltmarsh says an attacker could:

- change DNS settings to redirect a household's traffic to malicious servers;
- open ports to expose devices on the local network, such as cameras or network storage;
- install modified firmware, because the update page does not check signatures.

![World map shading countries by the number of exposed routers found in an IPv6 scan](/media/fig-router-firmware-flaw-exposes-admin-panels "Exposed devices by country, from Saltmarsh Labs' scan of IPv6 address ranges.")

## How the researchers found it

Scanning the IPv6 internet is much harder than scanning IPv4, because the address space is vast. Saltmarsh's team used addresses seen in public traffic datasets and DNS records as starting points, then probed neighbouring addresses where consumer routers tend to cluster.

### The disclosure timeline

Saltmarsh's [advisory](https://example.com/saltmarsh/advisories/brightlink-ipv6) sets out a familiar story:

1. The researchers reported the flaw to Brightlink and received only an automated acknowledgement.
2. After six weeks without a reply, they contacted the six brands directly; two responded.
3. One brand has shipped a fix, and a second says an update is in testing. The others have said nothing.
4. The researchers published after the standard 90-day disclosure window expired.

> "The vulnerability is simple. What makes it dangerous is that nobody in the supply chain feels responsible for fixing it." — Saltmarsh Labs advisory

## What owners can do

Until updates arrive, Saltmarsh suggests that owners of affected models:

- change the administrator password to a long, unique one;
- look for an IPv6 firewall setting and set it to block unsolicited inbound connections;
- as a last resort, disable IPv6 on the router, at some cost to services that prefer it.

Owners unsure whether their router is affected can check the model list in the advisory; the researchers have also published a small test page that reports whether a router's admin interface answers on its public IPv6 address.

The case adds to pressure on governments to enforce security requirements for connected devices. Incoming European rules will oblige manufacturers to handle vulnerability reports and provide security updates for a defined support period, but they will not apply retroactively to devices already sitting in people's homes.`,
    heroAlt:
      "Abstract illustration in mustard and brown for an article about a router vulnerability: a small box shape with antenna lines and a half-open padlock outline.",
    heroCaption: "Only one of the six affected brands has shipped a firmware fix so far.",
    heroCredit: "Illustration: Masthead",
    heroHue: 70,
  },

  // ───────────────────────────── 16 (in review) ─────────────────────────────
  {
    slug: "reasoning-model-energy-costs-measured",
    title: "Measured at the wall socket: reasoning models use up to 30 times more energy per answer",
    standfirst:
      "A study of six open models on metered hardware finds thinking step by step pays off on hard questions and wastes power on easy ones.",
    section: "ai-models",
    authors: ["maya-lindqvist"],
    tags: ["Energy", "Benchmarks", "Data centres"],
    daysAgo: 1,
    hour: 20,
    status: "IN_REVIEW",
    body: `How much energy does it take to answer a question? For the newest generation of "reasoning" language models, which work through a problem step by step before replying, the answer appears to be a great deal more than for their predecessors, and the gap depends heavily on how hard the question is.

A study by researchers at a Swiss technical university, shared with Masthead ahead of publication, measured the electricity used by six open models running on identical hardware. Reasoning modes consumed between 4 and 30 times as much energy per answer as the same models answering directly.

## How the measurement worked

Energy claims about AI are notoriously hard to verify, because most commercial systems run in data centres whose operators do not publish per-query figures. The researchers sidestepped the problem by running open models on a dedicated server fitted with calibrated power meters on every accelerator and at the wall socket.

Each model answered the same 1,200 questions, split into three difficulty bands, first in direct mode and then with reasoning enabled. The team recorded:

- total energy drawn from the wall per answer, including fans and idle components;
- the number of tokens generated, including hidden reasoning tokens;
- whether the final answer was correct.

## Findings

| Question difficulty | Direct answer (Wh) | Reasoning mode (Wh) | Accuracy gain from reasoning |
|---|---|---|---|
| Easy | 0.11 | 0.47 | +1 point |
| Medium | 0.14 | 1.9 | +9 points |
| Hard | 0.18 | 5.2 | +21 points |

The pattern is intuitive. On easy questions, reasoning burns energy for almost no benefit; on hard ones, it buys real accuracy at a steep price. The authors argue that the largest savings would come not from more efficient chips but from routing: deciding, before a model starts thinking, whether a question deserves the effort.

### Caveats

The figures apply to one hardware configuration and to open models of up to 70 billion parameters. Commercial providers run larger models but also optimise heavily, batching many users' requests together, which lowers the energy cost of each answer. The authors say their numbers should be read as relative rather than absolute.

> Editor's note for review: confirm with the authors whether the wall-socket figures include the attached storage server, and get the exact model list for a sidebar.

## Why it matters

Data-centre operators are already struggling to secure grid connections, and forecasts of AI electricity demand vary by an order of magnitude. Better per-query measurements would help utilities and regulators plan. The researchers have released their [measurement harness](https://example.com/energy-harness) and are inviting other labs to contribute results from different hardware, so that the comparison can eventually include the accelerators used by the largest providers.`,
    heroAlt:
      "Abstract illustration in green and gold for an article about the energy use of AI reasoning models: a looping line that thickens as it spirals outward.",
    heroCaption: "The study metered every accelerator and the wall socket of a dedicated server.",
    heroCredit: "Illustration: Masthead",
    heroHue: 120,
  },

  // ───────────────────────────── 17 (draft) ─────────────────────────────
  {
    slug: "wafer-supply-eases-for-mature-nodes",
    title: "The chip glut nobody planned for: mature-node factories run with spare capacity",
    standfirst:
      "Lead times for everyday chips have collapsed. That is good news for carmakers and awkward news for subsidised new fabs.",
    section: "hardware",
    authors: ["jonas-petraitis"],
    tags: ["Chips", "Europe"],
    daysAgo: 2,
    hour: 15,
    status: "DRAFT",
    body: `After three years of shortages, factories making chips on older, "mature" manufacturing processes are running with spare capacity, and prices are falling. For the carmakers, appliance makers and industrial firms that rely on these chips, the change is welcome. For Europe's plans to expand local chip production, it complicates the business case.

## What counts as a mature node

The industry uses the term loosely for processes at 28 nanometres and above: technology that is a decade or more old but still accounts for most chips made by volume. Power-management controllers, microcontrollers, display drivers and sensors are typically built this way, because they gain little from the density of cutting-edge processes and need above all to be cheap and reliable.

## Signs of surplus

Industry trackers report several indicators pointing the same way:

- foundry utilisation at mature nodes has fallen from close to 100% during the shortage to around 70–75%;
- lead times for common microcontrollers have dropped from more than a year to eight to twelve weeks;
- spot prices for some power-management chips are now below their pre-shortage levels.

Part of the reason is new capacity. Governments and foundries responded to the shortage by funding new production lines, many of which are coming online at roughly the same time. Demand, meanwhile, has softened in consumer electronics, and some industrial customers are still working through stock they over-ordered at the height of the crisis.

### The European angle

Several fabs built or expanded under European subsidy programmes target exactly these nodes, on the reasoning that security of supply for industry mattered more than chasing the leading edge. A glut makes those investments harder to justify on commercial terms, although supporters argue that resilience was always the point and that spare capacity is what resilience looks like in a quiet year.

> TODO: get comment from an industry association and at least one fab operator before this goes to review.

## What to watch

1. Whether foundries cut prices further or postpone new lines.
2. How automotive demand develops as electric-vehicle sales slow in some markets.
3. Whether subsidy agreements include volume commitments that could oblige fabs to run below cost.

Draft note: utilisation and lead-time numbers above need sourcing; start with the [tracker summary](https://example.com/research/mature-node-utilisation) and check against at least one distributor's published lead-time report.`,
    heroAlt:
      "Abstract illustration in rose and grey for an article about chip manufacturing capacity: concentric circles resembling a silicon wafer, with some segments faded out.",
    heroCaption: "Utilisation at mature-node foundries has fallen to around three quarters.",
    heroCredit: "Illustration: Masthead",
    heroHue: 310,
  },
];

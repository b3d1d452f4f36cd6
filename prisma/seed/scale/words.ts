/**
 * Word lists the scale seed builds headlines, summaries, paragraphs, names and comments from.
 * Letters, digits, spaces and hyphens only: the text made from them is plain Markdown with no
 * syntax in it, which prisma/seed/scale/bodies.ts relies on.
 */

export const companies = [
  "Northwind Labs", "Helix Systems", "Ardent Micro", "Corvid Cloud", "Tessellate", "Lumen Robotics",
  "Quarry Data", "Pinecrest Networks", "Solent Semiconductor", "Brightwater AI", "Kestrel Security",
  "Meridian Compute", "Oakridge Software", "Vantage Photonics", "Halcyon Health", "Fjord Mobility",
  "Granite Storage", "Cobalt Energy", "Saltmarsh Analytics", "Ironbark Devices", "Tidewater Labs",
  "Bramble OS", "Juniper Quantum", "Lattice Works", "Sparrow Payments", "Copperfield Chips",
  "Waypoint Maps", "Driftwood Games", "Atlas Fabrication", "Beacon Identity",
] as const;

export const agencies = [
  "the European Commission", "the Federal Trade Commission", "the UK competition authority",
  "the data protection board", "the city council", "the energy regulator", "the standards body",
  "the telecoms regulator", "a Senate committee", "the national cyber agency", "the patent office",
  "the education ministry",
] as const;

export const products = [
  "language model", "inference chip", "battery cell", "code assistant", "browser engine",
  "satellite network", "password manager", "cloud region", "robot arm", "storage array",
  "open-source database", "fibre link", "quantum processor", "smart meter", "mapping service",
  "payment terminal", "compiler", "operating system update", "search index", "camera sensor",
  "data centre", "wind turbine controller", "speech recogniser", "translation tool", "firmware update",
  "container runtime", "graphics driver", "encryption library", "identity wallet", "drone fleet",
] as const;

export const adjectives = [
  "compact", "open", "faster", "cheaper", "long-awaited", "experimental", "second-generation",
  "low-power", "modular", "privacy-preserving", "self-hosted", "redesigned", "energy-efficient",
  "delayed", "controversial", "free", "rugged", "tiny", "enterprise", "public",
] as const;

export const verbs = [
  "releases", "delays", "opens", "cancels", "ships", "tests", "recalls", "prices", "unveils",
  "rebuilds", "audits", "licenses", "patches", "expands", "pauses", "benchmarks",
] as const;

export const topics = [
  "age verification", "chip exports", "right to repair", "facial recognition", "open weights",
  "spectrum auctions", "data retention", "algorithmic pricing", "content moderation", "net neutrality",
  "energy labels", "software liability", "encryption backdoors", "cloud sovereignty", "model audits",
  "battery recycling", "ransomware reporting", "accessibility rules", "platform interoperability",
  "training data licences", "gig work apps", "e-waste", "satellite debris", "broadband subsidies",
] as const;

export const sectors = [
  "hospitals", "schools", "banks", "farmers", "city transport", "small businesses", "newsrooms",
  "game studios", "universities", "carmakers", "retailers", "utilities", "insurers", "airlines",
] as const;

export const places = [
  "Lisbon", "Vilnius", "Rotterdam", "Osaka", "Nairobi", "Montreal", "Seoul", "Tallinn", "Austin",
  "Leipzig", "Bangalore", "Valparaiso", "Dublin", "Kaunas", "Marseille", "Auckland",
] as const;

export const numbers = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve"] as const;

export const firstNames = [
  "Maya", "Tomas", "Ines", "Kwame", "Priya", "Oskar", "Lena", "Rafael", "Aiko", "Dev", "Noor", "Elliot",
  "Sofia", "Jonas", "Amara", "Felix", "Hana", "Mateo", "Rasa", "Karim", "Greta", "Luca", "Yusuf", "Clara",
  "Ada", "Bruno", "Chiara", "Dmitri", "Esme", "Farah", "Gustav", "Ilse", "Jun", "Kofi", "Leila", "Milan",
  "Nadia", "Olu", "Pia", "Quentin", "Rosa", "Sami", "Tariq", "Uma", "Viktor", "Wren", "Xenia", "Yara",
] as const;

export const lastNames = [
  "Lindqvist", "Okafor", "Harrow", "Brenner", "Aster", "Vantongeren", "Ferreira", "Kowalczyk", "Marchetti",
  "Birchall", "Quillon", "Roux", "Ostrovsky", "Fennelly", "Nakamura", "Petraitis", "Abara", "Castellanos",
  "Dubois", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Iversen", "Jankauskas", "Kaur", "Lemaire",
  "Moreau", "Novak", "Oyelaran", "Pereira", "Rinaldi", "Sato", "Tanaka", "Umarov", "Varga", "Whitfield",
  "Yilmaz", "Zeller", "Achterberg", "Bianchi", "Costa", "Dimitrov", "Esposito",
] as const;

export const jobTitles = [
  "Reporter", "Senior reporter", "Policy correspondent", "Hardware editor", "Security reporter",
  "Data journalist", "Contributing writer", "Science correspondent", "Software editor", "Europe correspondent",
  "Investigations editor", "Technology columnist",
] as const;

export const organisations = ["example.com", "example.org", "example.net", "the Open Data Institute", "a university lab"] as const;

export const linkKinds = ["linkedin", "x", "github", "mastodon", "bluesky", "website"] as const;

/** Topics of the tag pool; each also appears with each of `tagQualifiers`. */
export const tagTopics = [
  "Batteries", "Broadband", "Cloud", "Compilers", "Cryptography", "Drones", "Elections", "Electric cars",
  "Games", "Health tech", "Identity", "Labour", "Maps", "Memory chips", "Mobile", "Networking",
  "Payments", "Photonics", "Satellites", "Search", "Semiconductors", "Smart homes", "Space", "Speech",
  "Storage", "Telecoms", "Translation", "Transport", "Wearables", "Web standards", "Wind power",
  "Education", "Accessibility", "Agriculture", "Climate", "Competition", "Copyright", "Databases",
  "Disinformation", "Encryption", "Firmware", "Fintech", "Robots", "Supercomputers", "Startups abroad",
  "Sensors", "Supply chains", "Trade", "Open data", "Programming languages",
] as const;

export const tagQualifiers = ["", " policy", " research", " security", " business"] as const;

/** Sentence patterns; `{company}`, `{product}`, … are filled from the lists above. */
export const sentencePatterns = [
  "{company} said the {product} would reach customers in {place} before the end of the year",
  "Engineers at {company} spent two years on the {adjective} {product} and say most of the work went into testing",
  "The announcement follows months of pressure from {sector} who depend on the {product}",
  "Critics argue that {topic} deserves more scrutiny than {agency} has so far given it",
  "In {place}, early users of the {product} reported mixed results and asked for clearer documentation",
  "A spokesperson for {company} declined to give a price but said a {adjective} version is planned",
  "Analysts expect {sector} to adopt the {product} slowly because of cost and training",
  "Documents seen by reporters suggest {agency} will publish guidance on {topic} next spring",
  "The {product} uses about a third less energy than its predecessor according to independent tests",
  "Researchers in {place} replicated the results with {number} independent teams and found smaller gains",
  "{company} has faced questions about {topic} before and promised an external review",
  "Smaller rivals say the {adjective} {product} will make it harder for them to compete",
  "Most of the code behind the {product} is published under an open licence",
  "The debate over {topic} has split {sector} and the companies that sell to them",
  "Unions representing workers in {sector} want a say in how the {product} is rolled out",
  "A pilot in {place} will run for {number} months before {agency} decides whether to extend it",
] as const;

export const headlinePatterns = [
  "{company} {verb} {adjective} {product}",
  "{company} {verb} its {product} for {sector}",
  "How {sector} in {place} are using the {adjective} {product}",
  "{agency} moves on {topic} as {sector} push back",
  "{number} questions about {topic} that {agency} has not answered",
  "Why {company} {verb} the {product} in {place}",
  "Inside the fight over {topic} in {place}",
  "The {adjective} {product} from {company} tested",
] as const;

export const headingPatterns = [
  "What {company} announced", "Why it matters for {sector}", "What critics say", "How the {product} works",
  "What happens next", "The view from {place}", "Questions about {topic}", "What {agency} said",
  "A closer look at the numbers", "Who pays", "The competition", "What users can do",
] as const;

export const commentPatterns = [
  "This matches what we saw in {place} last year",
  "Good piece, but the cost for {sector} is still not clear to me",
  "I would like to see the independent numbers before believing any of this",
  "We tried the {product} at work and the setup took far longer than promised",
  "The section on {topic} is the most useful explanation I have read",
  "Does anyone know whether {agency} will actually enforce this",
  "Another {adjective} {product} nobody asked for",
  "Thanks for linking the original documents",
  "My employer is one of the {sector} mentioned and this is accurate",
  "The headline oversells it a little but the reporting is solid",
  "I worked on something similar and the hard part was always testing",
  "Would love a follow-up in six months",
] as const;

export const correctionPatterns = [
  "An earlier version of this story gave the wrong year for the {product} launch",
  "This article has been corrected to say that {company} is based in {place}",
  "We misstated the number of {sector} taking part in the pilot. It is {number}, not more",
  "An earlier version misnamed {agency}",
] as const;

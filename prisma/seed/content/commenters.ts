import type { SeedCommenter } from "./types";

export const commenters: SeedCommenter[] = [
  { handle: "kestrel", name: "Ines Harrow", email: "kestrel@readers.example" },
  { handle: "marram", name: "Dev Saltmarsh", email: "marram@readers.example" },
  { handle: "oxbow", name: "Odile Brenner", email: "oxbow@readers.example" },
  { handle: "lintel", name: "Kwame Aster", email: "lintel@readers.example" },
  { handle: "halyard", name: "Noor Vantongeren", email: "halyard@readers.example" },
  { handle: "sorrel", name: "Sam Ferreira-Lowe", email: "sorrel@readers.example" },
  { handle: "fathom", name: "Bea Kowalczyk", email: "fathom@readers.example" },
  { handle: "juniper", name: "Theo Marchetti", email: "juniper@readers.example" },
  { handle: "marlowe", name: "Rasa Marlowe", email: "marlowe@readers.example" },
  { handle: "birch", name: "Elliot Birchall", email: "birch@readers.example" },
  { handle: "quill", name: "Priya Quillon", email: "quill@readers.example" },
  { handle: "nadia", name: "Nadia Roux", email: "nadia@readers.example" },
  { handle: "ostrava", name: "Karel Ostrovsky", email: "ostrava@readers.example" },
  { handle: "fennel", name: "Maeve Fennelly", email: "fennel@readers.example" },
];

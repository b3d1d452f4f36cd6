/**
 * Generated demo artwork: abstract hero illustrations, figures and portrait silhouettes,
 * drawn as SVG and rasterised by sharp. Deterministic for a given seed string.
 */
import sharp from "sharp";

function random(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h) % 360} ${s}% ${l}%)`;

async function rasterise(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export function heroSvg(seed: string, hue: number, width = 1600, height = 900): string {
  const rnd = random(seed);
  const shapes: string[] = [];
  for (let i = 0; i < 14; i++) {
    const r = 40 + rnd() * 260;
    shapes.push(
      `<circle cx="${rnd() * width}" cy="${rnd() * height}" r="${r}" fill="${hsl(hue + rnd() * 80 - 40, 70, 45 + rnd() * 30)}" opacity="${0.25 + rnd() * 0.5}"/>`,
    );
  }
  for (let i = 0; i < 6; i++) {
    const y = rnd() * height;
    shapes.push(
      `<path d="M0 ${y} C ${width / 3} ${y - 200 + rnd() * 400}, ${(2 * width) / 3} ${y - 200 + rnd() * 400}, ${width} ${rnd() * height}" stroke="${hsl(hue + 180, 60, 85)}" stroke-width="${2 + rnd() * 6}" fill="none" opacity="0.6"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(hue, 65, 22)}"/><stop offset="1" stop-color="${hsl(hue + 50, 70, 40)}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}</svg>`;
}

export function figureSvg(seed: string, hue: number, width = 1600, height = 1000): string {
  const rnd = random(seed);
  const bars = 8;
  const gap = 30;
  const barWidth = (width - 200 - gap * (bars - 1)) / bars;
  const parts: string[] = [];
  for (let i = 0; i < bars; i++) {
    const h = 120 + rnd() * (height - 320);
    parts.push(
      `<rect x="${100 + i * (barWidth + gap)}" y="${height - 100 - h}" width="${barWidth}" height="${h}" rx="8" fill="${hsl(hue + i * 12, 60, 45)}"/>`,
    );
  }
  for (let i = 0; i <= 4; i++) {
    const y = 100 + ((height - 200) * i) / 4;
    parts.push(`<line x1="80" x2="${width - 80}" y1="${y}" y2="${y}" stroke="${hsl(hue, 15, 80)}" stroke-width="2"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${hsl(hue, 30, 97)}"/>${parts.join("")}</svg>`;
}

export function portraitSvg(seed: string, hue: number, size = 800): string {
  const rnd = random(seed);
  const skin = hsl(20 + rnd() * 20, 35 + rnd() * 25, 35 + rnd() * 40);
  const hair = hsl(rnd() * 40, 30 + rnd() * 30, 10 + rnd() * 40);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect width="100" height="100" fill="${hsl(hue, 55, 80)}"/>
<circle cx="50" cy="108" r="42" fill="${hsl(hue + 180, 35, 35)}"/>
<rect x="43" y="56" width="14" height="14" fill="${skin}"/>
<ellipse cx="50" cy="42" rx="${17 + rnd() * 3}" ry="21" fill="${skin}"/>
<path d="M31 40 Q33 ${14 + rnd() * 6} 50 ${16 + rnd() * 4} Q67 ${14 + rnd() * 6} 69 40 Q66 28 50 26 Q34 28 31 40 Z" fill="${hair}"/>
</svg>`;
}

export const renderHero = (seed: string, hue: number) => rasterise(heroSvg(seed, hue));
export const renderFigure = (seed: string, hue: number) => rasterise(figureSvg(seed, hue));
export const renderPortrait = (seed: string, hue: number) => rasterise(portraitSvg(seed, hue));

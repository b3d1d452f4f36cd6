/** A one-line progress bar on a terminal (stderr); nothing at all when stderr is not a terminal. */
const WIDTH = 30;

const LABEL: Record<string, string> = { images: "Storing images", bodies: "Converting posts", writing: "Writing to the database" };

export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (phase: string, done: number, total: number) => void; end: () => void } {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let shown = false;
  return {
    update(phase, done, total) {
      const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
      stream.write(`\r${(LABEL[phase] ?? phase).padEnd(24)} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total}\x1b[K`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}

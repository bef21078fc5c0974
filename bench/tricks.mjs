// The hot-path tricks of src/ that `npm run bench:stages -- --tricks` weighs. Each is undone by its patches (exact
// texts of src/ replaced by the plain way of doing the same thing), and the parse of the fixtures it applies to is
// timed with it and without. A trick is kept where it is worth 5 % of a parse or more, with a line beside it that
// says so; a patch whose text is no longer in src/ stops the run (update it with the code).

/** @type {readonly { name: string, where: string, fixtures: RegExp, patches: { file: string, from: string, to: string }[] }[]} */
export const TRICKS = [
  {
    name: "detection: candidates of the last key list",
    where: "src/detect.ts",
    fixtures: /^(?!kaleyra\/)/,
    patches: [
      {
        file: "detect.ts",
        from: `    let candidates = lastCandidates;
    if (!sameKeys(view.keys, lastKeys)) {
      candidates = candidatesOf(view.lowerKeys);
      const kept = isRemembered(view.keys);
      lastKeys = kept ? view.keys : [];
      lastCandidates = kept ? candidates : [];
    }`,
        to: `    const candidates = candidatesOf(view.lowerKeys);`,
      },
    ],
  },
];

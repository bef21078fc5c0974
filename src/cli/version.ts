// A named import: the build inlines this one field of package.json, not the file.
import { version } from "../../package.json";

/**
 * The package's version, from package.json.
 *
 * @example
 * ```ts
 * io.stdout(`${VERSION}\n`);
 * //=> "0.1.0\n"
 * ```
 */
export const VERSION: string = version;

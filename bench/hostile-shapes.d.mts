/** A family of adversarial bodies: its name, how it is sent, and a body of any size. */
export interface ShapeFamily {
  /** What the bodies look like. */
  readonly name: string;
  /** How a body is sent: a form (its floor is URLSearchParams) or JSON (its floor is JSON.parse). */
  readonly kind: "form" | "json";
  /** A body of exactly `size` characters. */
  readonly build: (size: number) => string;
  /** The text the floor parses, when the body is not standard JSON as sent. */
  readonly floorText?: (body: string) => string;
}

/** The shape families. */
export declare const FAMILIES: readonly ShapeFamily[];

/** The two sizes compared: 64 KiB and 1 MiB. */
export declare const SIZES: readonly [number, number];

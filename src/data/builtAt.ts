/**
 * When this build ran: one instant shared by every campaign page, data file and feed of the
 * build, so the "per <date>" on a page and the `builtAt` of its JSON always agree.
 */
export const BUILT_AT = new Date();

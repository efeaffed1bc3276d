/**
 * A browser story is one long test. Alone it takes a minute or two, but the
 * suite runs stories beside integration files on two cores, where the same
 * story has been seen to take over three, so each gets a generous budget.
 */
jest.setTimeout(420_000);

package io.bitewing.imports;

/** Told how many rows an import has finished, so a background run can show how far it got. */
@FunctionalInterface
interface Progress {

    Progress NONE = done -> {};

    void done(int rows);
}

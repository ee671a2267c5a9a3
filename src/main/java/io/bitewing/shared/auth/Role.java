package io.bitewing.shared.auth;

/** What a token may do: {@code admin} everything, {@code staff} all but settings and tokens, {@code read_only} GET. */
public enum Role {
    admin,
    staff,
    read_only
}

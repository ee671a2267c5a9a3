package io.bitewing.shared.web;

import java.util.List;

/** {@code {"items": [...]}}: a whole list, never paged (stats, a schedule's notes, a reorder's result). */
public record Items<T>(List<T> items) {}

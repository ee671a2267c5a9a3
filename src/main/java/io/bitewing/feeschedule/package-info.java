/** Fee schedules and their fees: bulk loads and updates, copy, undulate, compare, notes and history. */
package io.bitewing.feeschedule;

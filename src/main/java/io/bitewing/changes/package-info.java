/**
 * The change feed: every create, update, archive and delete, in commit order, from a cursor a client stores and
 * resumes from; and the webhook endpoints that receive the same changes pushed, signed. The feed is read from the
 * audit log, the outbox every write already fills in its own transaction.
 */
package io.bitewing.changes;

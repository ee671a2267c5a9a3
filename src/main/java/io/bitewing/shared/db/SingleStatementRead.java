package io.bitewing.shared.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a service read that runs exactly one SQL statement: it needs no transaction of its own, because one statement
 * already sees one snapshot, and leaving out BEGIN and COMMIT saves a round trip to PostgreSQL on the busiest
 * requests (a third of the database's work on a read by id). Called inside a caller's transaction, it joins it.
 * A read of two or more statements keeps the service's read-only transaction so they agree with each other.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(propagation = Propagation.SUPPORTS)
public @interface SingleStatementRead {}

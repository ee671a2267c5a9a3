/** The demo organisation seeded on the embedded database: a practice with plans of every type, coverage, fees, claims and drafts. */
package io.bitewing.demo;

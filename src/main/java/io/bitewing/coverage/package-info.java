/** Coverage categories and their code spans, code groups, and which categories hold a procedure code. */
package io.bitewing.coverage;

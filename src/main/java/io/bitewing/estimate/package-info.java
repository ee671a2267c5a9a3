/** Treatment-plan estimates and remaining benefits: inputs loaded in a fixed number of statements, run through the pure engine. */
package io.bitewing.estimate;

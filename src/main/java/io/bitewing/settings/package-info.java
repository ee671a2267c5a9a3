/** The organisation's insurance settings: estimator defaults, benefit year, COB and write-off rules. */
package io.bitewing.settings;

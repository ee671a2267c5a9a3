/** A patient's coverage: which subscriptions cover the patient, at which ordinal, in force when. */
package io.bitewing.patientplan;

/** One-call enrollment: patient, subscriber, carrier, plan, benefits, subscription and patient plan in one transaction. */
package io.bitewing.enrollment;

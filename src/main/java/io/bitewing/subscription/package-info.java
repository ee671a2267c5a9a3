/** Subscriptions: a subscriber holding a plan, their dates and member ids; plan stats and subscriber counts. */
package io.bitewing.subscription;

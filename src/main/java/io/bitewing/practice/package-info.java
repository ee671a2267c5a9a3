/** What the insurance engine needs from the wider practice system: patients, locations, providers and procedure codes. */
package io.bitewing.practice;

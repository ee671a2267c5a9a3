/**
 * The Open Dental dialect under {@code /opendental/api/v1/}: Open Dental's API for the resources an insurance
 * integration touches (benefits, insplans, inssubs, patplans, carriers, covcats, procedurecodes, patients), read and
 * written through the owning modules' services over the one model. It owns no tables: rows are named by the
 * {@code od_num} their own tables carry.
 */
package io.bitewing.opendental;

-- Carrier (module: carrier): some payers send EB08 on a 271 coinsurance row as the insurer's share rather than the
-- patient's (x12-benefits-mapping §6); the 271 reader turns it round for the plans of a carrier marked so.
alter table carrier add column coinsurance_inverted boolean not null default false;

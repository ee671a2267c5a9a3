-- Fee schedule notes as the reference shows them: an author and the date the note was entered (module: feeschedule).
alter table fee_schedule_note add column author text;
alter table fee_schedule_note add column date_entry date not null default current_date;

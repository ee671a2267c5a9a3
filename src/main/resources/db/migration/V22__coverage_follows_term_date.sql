-- A termination dated in the future leaves coverage in force until its date (the last day covered); from the next
-- day on the subscription reads as terminated and its patient plans as inactive, with no job to flip a stored
-- status. The day is the UTC day, as everywhere else in the service.
create function subscription_status(status text, date_term date) returns text
  language sql stable parallel safe
  return case
    when status in ('active', 'pending_verification') and date_term < (now() at time zone 'UTC')::date then 'terminated'
    else status
  end;

create function patient_plan_status(status text, subscription_status text, date_term date) returns text
  language sql stable parallel safe
  return case
    when status <> 'inactive' and subscription_status(subscription_status, date_term) = 'terminated' then 'inactive'
    else status
  end;

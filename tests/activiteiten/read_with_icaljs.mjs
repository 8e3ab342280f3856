// Read an iCalendar feed (stdin) with Mozilla's ical.js, the calendar engine of
// Thunderbird, and print every occurrence it computes as JSON lines:
// {"uid", "start": seconds since 1970 (UTC), "local": wall-clock time in the
// event's own zone, "status"}. Recurring events are expanded (RRULE minus
// EXDATE) up to 400 occurrences. Times with a TZID use the feed's VTIMEZONE.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(0, "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
for (const vevent of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  const status = (vevent.getFirstPropertyValue("status") || "CONFIRMED").toUpperCase();
  const emit = (time) =>
    console.log(
      JSON.stringify({
        uid: event.uid,
        start: time.toUnixTime(),
        local: time.toString(),
        status,
      }),
    );
  if (event.isRecurring()) {
    const iterator = event.iterator();
    for (let n = 0, next; n < 400 && (next = iterator.next()); n++) {
      emit(next);
    }
  } else {
    emit(event.startDate);
  }
}

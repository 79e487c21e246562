// Dates, times and time zones as she types and chooses them (issue 13, item 2).
export const time = {
  dateHint: 'E.g. 05/03/2024: day/month/year, the year in four digits.',
  timeHint: '24-hour clock, e.g. 18:30.',
  dateFormat: 'Write the date as day/month/year, e.g. 05/03/2024.',
  dateYear: 'Write the year in four digits, e.g. 05/03/2024, not 05/03/24.',
  dateNoSuchDay: 'There is no such day in the calendar: {text}.',
  timeFormat: 'Write the time as hours:minutes on the 24-hour clock, e.g. 18:30.',
  timeNoSuchTime: 'There is no such time: {text}. Hours go from 00 to 23, minutes from 00 to 59.',
  placeHint: 'Where it happened. Start typing a city and choose it from the list.',
  placeNone: 'That city is not in the list. Choose a city nearby in the same time zone.',
} as const;

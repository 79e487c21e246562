// English: plain words, the same choices as Russian: "perpetrator" (not "abuser"), "incoming" and
// "outgoing", "SHA-256 hash".
import { CHANNEL_NAMES, type Words } from './types';

export const en: Words = {
  kinds: { incident: 'Incident', stalking: 'Stalking', economic: 'Economic abuse' },
  kindsPlural: { incident: 'Incidents', stalking: 'Stalking events', economic: 'Economic abuse events' },
  categories: {
    incident: {
      physical: 'Physical violence',
      psychological: 'Psychological violence',
      sexual: 'Sexual violence',
      threats: 'Threats',
      property_damage: 'Damage to property',
    },
    stalking: {
      messages: 'Messages',
      calls: 'Calls',
      following: 'Following, watching',
      showing_up_at_home_or_work: 'Showing up at home or work',
      contacting_relatives_or_friends: 'Contacting relatives or friends',
      seeking_new_contacts: 'Attempts to make contact in new ways',
      blackmail_with_intimate_images: 'Blackmail with intimate images',
      spreading_information: 'Spreading personal information',
      threats: 'Threats',
      tracking: 'Tracking of whereabouts',
    },
    economic: {
      prohibition_to_study_or_work: 'Forbidding study or work',
      deprivation_of_financial_support: 'Withholding financial support',
      total_control_of_income: 'Total control of income',
      concealment_of_income: 'Hiding income',
      control_of_expenditures: 'Control of spending',
      coercion_to_support_the_abuser: 'Coercion to support the perpetrator',
      refusal_to_support_children: 'Refusal to support the children',
      coercion_to_beg: 'Coercion to beg for money',
      unequal_spending: 'Unequal sharing of money',
      coercion_to_retire: 'Coercion to quit work or retire',
      deprivation_of_funds: 'Taking money away',
      financial_blackmail: 'Financial blackmail',
      forging_signatures: 'Forging signatures',
      misuse_or_theft_of_money_and_property: 'Misappropriation or theft of money and property',
    },
  },
  roles: { perpetrator: 'Perpetrator', witness: 'Witness', helper: 'Helper or support worker', survivor: 'Survivor', other: 'Other person' },
  directions: { incoming: 'Incoming', outgoing: 'Outgoing', unknown: 'Direction unknown' },
  channels: { ...CHANNEL_NAMES, call: 'Call', other: 'Other' },
  incidentFields: { injuries: 'Injuries', medicalHelp: 'Medical help', policeReport: 'Police report' },
  dateKinds: { 'protection-order': 'Protection order', hearing: 'Court hearing', deadline: 'Deadline', other: 'Other date' },
  fileHash: 'SHA-256 hash',
};

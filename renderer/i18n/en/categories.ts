export const cat_incident = {
  physical: 'Physical violence',
  psychological: 'Psychological violence (insults, humiliation, control)',
  sexual: 'Sexual violence',
  threats: 'Threats',
  property_damage: 'Damage to things',
} as const;

export const cat_stalking = {
  messages: 'Messages',
  calls: 'Calls',
  following: 'Following me',
  showing_up_at_home_or_work: 'Showing up at home or work',
  contacting_relatives_or_friends: 'Contacting my relatives or friends',
  seeking_new_contacts: 'Looking for new ways to reach me',
  blackmail_with_intimate_images: 'Blackmail with intimate photos or videos',
  spreading_information: 'Spreading information about me',
  threats: 'Threats',
  tracking: 'Tracking where I am',
} as const;

export const cat_economic = {
  prohibition_to_study_or_work: 'Not allowed to study or work',
  deprivation_of_financial_support: 'Refused financial support',
  total_control_of_income: 'All my income controlled',
  concealment_of_income: 'His income hidden from me',
  control_of_expenditures: 'Every expense controlled',
  coercion_to_support_the_abuser: 'Forced to support him',
  refusal_to_support_children: 'Refused to support the children',
  coercion_to_beg: 'Forced to beg for money',
  unequal_spending: 'Money spent unequally',
  coercion_to_retire: 'Forced to retire or quit',
  deprivation_of_funds: 'Money taken away',
  financial_blackmail: 'Financial blackmail',
  forging_signatures: 'Forged signatures',
  misuse_or_theft_of_money_and_property: 'Money or property misused or stolen',
} as const;

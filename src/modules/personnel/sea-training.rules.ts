/**
 * P6 (¶124): the mandatory e-learning on sexual exploitation and abuse for all field personnel.
 * Pure. Its pilot rolled out in May 2016, so it is owed from 1 June 2016: a uniformed person
 * deploying (or joining a deployed unit) on or after that day has completed it on or before the
 * day, or the unit does not deploy (beside K3's certification and screening); a civilian on board
 * without it is listed.
 */
export const seaTrainingFrom = '2016-06-01';

/** Whether a person deploying on `day` owes the training. */
export const seaTrainingOwed = (day: string): boolean => day >= seaTrainingFrom;

/** Whether completions hold the training on `day`. */
export const seaTrainedOn = (completions: readonly { completedOn: string }[], day: string) =>
  completions.some((c) => c.completedOn <= day);

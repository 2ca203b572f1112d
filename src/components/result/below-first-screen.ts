// The parts of a result after its dated list. On a page drawn on the server they are taken over (hydrated) as
// they come near the screen, so taking the page over at the first touch is not one long task.
import { hydratedWhenSeen } from '../../modules/lazy'
import DocumentChecklistNow from '../document/DocumentChecklist.vue'
import TripPlanNow from '../trip/TripPlan.vue'
import ResultMoreNow from './ResultMore.vue'

export const DocumentChecklist = hydratedWhenSeen(DocumentChecklistNow)
export const TripPlan = hydratedWhenSeen(TripPlanNow)
export const ResultMore = hydratedWhenSeen(ResultMoreNow)

// The parts of a result page that the app, taking over a page drawn on the server, takes over a part per task
// as each comes near the screen (`hydratedWhenSeen`): the summary and the jumps at the top as much as each card
// of the dated list and the parts after it. Taking the page over at the first touch is then a short task for the
// page's frame and one per part, not one long task on a slow phone. Drawn by the app itself, each draws at once.
import { hydratedWhenSeen } from '../../modules/lazy'
import AnswersSummaryNow from '../answers/AnswersSummary.vue'
import DocumentChecklistNow from '../document/DocumentChecklist.vue'
import ProcedureCardNow from '../procedure/ProcedureCard.vue'
import TripPlanNow from '../trip/TripPlan.vue'
import ResultActionsNow from './ResultActions.vue'
import ResultJumpsNow from './ResultJumps.vue'
import ResultMaybeNow from './ResultMaybe.vue'
import ResultMoreNow from './ResultMore.vue'
import ResultPrintHeaderNow from './ResultPrintHeader.vue'
import ResultSummaryNow from './ResultSummary.vue'
import ResultWarningsNow from './ResultWarnings.vue'

export const AnswersSummary = hydratedWhenSeen(AnswersSummaryNow)
export const DocumentChecklist = hydratedWhenSeen(DocumentChecklistNow)
export const ProcedureCard = hydratedWhenSeen(ProcedureCardNow)
export const ResultActions = hydratedWhenSeen(ResultActionsNow)
export const ResultJumps = hydratedWhenSeen(ResultJumpsNow)
export const ResultMaybe = hydratedWhenSeen(ResultMaybeNow)
export const ResultMore = hydratedWhenSeen(ResultMoreNow)
export const ResultPrintHeader = hydratedWhenSeen(ResultPrintHeaderNow)
export const ResultSummary = hydratedWhenSeen(ResultSummaryNow)
export const ResultWarnings = hydratedWhenSeen(ResultWarningsNow)
export const TripPlan = hydratedWhenSeen(TripPlanNow)

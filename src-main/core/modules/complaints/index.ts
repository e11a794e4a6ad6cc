import { defineModule } from '../../shared/module';
import { complaintsContract } from './contract';
import { noticePdf } from './notice-pdf';
import * as queue from './queue';
import * as complaints from './service';

export const complaintsModule = defineModule(complaintsContract, {
  namespaces: ['complaints'],
  handlers: {
    'complaints.queue': queue.queue,
    'complaints.alerts': (ctx) => queue.complaintAlerts(ctx),
    'complaints.card': complaints.complaintCard,
    'complaints.members': (ctx) => complaints.commissionMembers(ctx),
    'complaints.register': complaints.registerComplaint,
    'complaints.schedule': complaints.schedule,
    'complaints.vote': complaints.vote,
    'complaints.conclude': complaints.conclude,
    'complaints.sign': complaints.sign,
    'complaints.sendNotice': complaints.sendNotice,
    'complaints.recordCheck': complaints.recordCheck,
    'complaints.recordReimbursement': complaints.recordReimbursement,
    'complaints.noticePdf': noticePdf,
  },
  // What is wrong, the reasons and the notes can name a diagnosis: the log keeps that they changed.
  sensitive: {
    complaint: ['description', 'delayReason', 'reasons', 'checkNote', 'complainantIin'],
    complaint_vote: ['note'],
  },
});

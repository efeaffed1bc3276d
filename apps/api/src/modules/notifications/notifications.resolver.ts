import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { pageSize } from '../../core/validation/page-size';
import { parseId } from '../../core/validation/parse-id.pipe';
import { NotificationObject } from './notification.object';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [NotificationObject], { description: "The viewer's notifications, newest first." })
  async notifications(
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationObject[]> {
    const rows = await this.service.listFor(viewer.userId, {
      unreadOnly: unreadOnly ?? false,
      first: pageSize(first, 50),
    });
    return rows.map(NotificationObject.from);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications (or all) read; answers how many changed.' })
  markNotificationsRead(
    @Args('ids', { type: () => [ID], nullable: true, description: 'Leave out to mark all read.' }) ids: string[] | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return this.service.markRead(viewer.userId, ids ? ids.map(parseId) : null);
  }
}

run helpers/self.sp
